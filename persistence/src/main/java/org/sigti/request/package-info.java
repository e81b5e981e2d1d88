/** Requests employees file with the IT office. */
package org.sigti.request;
