/**
 * The knowledge base's screens: /kb/articles.xhtml (search) and /kb/article.xhtml (read, write, edit). Calls
 * {@link org.sigti.kb.KnowledgeBase}; never touches EntityManager.
 */
package org.sigti.web.kb;
