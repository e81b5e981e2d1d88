package org.sigti.satisfaction;

import java.io.Serializable;

/**
 * The satisfaction figures of one period ({@code YYYY-MM}), unit (null when the closing move had none) and procedure:
 * how many ratings, their average, and how many of each score.
 */
public record FigureRow(String period, String unitCode, String procedureCode, Long count, Double average, Long ones,
        Long twos, Long threes, Long fours, Long fives) implements Serializable {
}
