/** The blocklist of spam and phishing (S04.04.00.02): the senders, domains, IP addresses and URLs blocked. */
package org.sigti.blocklist;
