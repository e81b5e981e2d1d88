/**
 * The knowledge base ("Base de conocimiento") of UGAT/AIT-PR01 steps 3 and 6, PR02 steps 2 and 6 and PR03 step 4:
 * articles (problem and solution, public or internal), the cases they were linked to, and their search index
 * (Spanish terms, {@link org.sigti.kb.SpanishText}). Depends on {@code org.sigti.unit} only.
 */
package org.sigti.kb;
