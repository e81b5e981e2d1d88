/** Saved views of the inbox: named filters, personal or shared with a unit (issue 19). */
package org.sigti.views;
