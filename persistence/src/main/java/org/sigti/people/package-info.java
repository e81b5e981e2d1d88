/** People as SIGTI knows them: profiles copied from the identity provider at each login. */
package org.sigti.people;
