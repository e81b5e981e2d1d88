/**
 * The knowledge base ("Base de conocimiento") of UGAT/AIT-PR01 steps 3 and 6, PR02 steps 2 and 6 and PR03 step 4:
 * {@link org.sigti.kb.KnowledgeBase} searches it, shows articles, and lets IT staff write them and link them to
 * cases. May use persistence and security; never imports jakarta.faces.
 */
package org.sigti.kb;
