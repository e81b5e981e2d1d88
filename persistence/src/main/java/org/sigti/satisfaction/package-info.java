/**
 * The requesters' satisfaction at closing (issue 19, item 6): one rating per closed case, kept for the case page and
 * the satisfaction indicators.
 */
package org.sigti.satisfaction;
