package org.sigti.sgsi;

/** A version's file to download. */
public record SgsiFile(String fileName, String contentType, byte[] content) {
}
