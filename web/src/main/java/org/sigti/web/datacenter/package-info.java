/** Screens of the data center: /datacenter/log.xhtml, the visitor log of S04.03.01.03. */
package org.sigti.web.datacenter;
