/** Role names and security helpers shared by every service. Depends on nothing of SIGTI. */
package org.sigti.security;
