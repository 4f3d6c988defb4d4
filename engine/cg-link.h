/* cg-link.h: stage 5, links between assertions across articles.
 *
 * Candidates come from MinHash signatures with LSH banding over normalized
 * shingles and from shared rare entities, never from all pairs; each
 * candidate is then scored exactly and classified as same_as, supports,
 * contradicts or quotes, with the rule and the scores as evidence.
 */
#ifndef CG_LINK_H
#define CG_LINK_H

#include "cg-model.h"
#include "cg-rules.h"

G_BEGIN_DECLS

typedef struct _CgLinker CgLinker;

/* The rules must outlive the linker.  Free with cg_linker_free(). */
CgLinker *cg_linker_new (CgRules *rules, GError **error);
void      cg_linker_free (CgLinker *linker);

/* Index ASSERTIONS (CgAssertion*, ids, article_id and speaker_id set; not
 * owned, they must outlive the linker) and return the links between them
 * and everything indexed before.  Returns a new array of CgLink* (free func
 * set).  ARTICLES (CgArticle*, may be NULL) gives dates for the
 * change-over-time check. */
GPtrArray *cg_linker_add (CgLinker *linker, GPtrArray *assertions, GPtrArray *articles);

/* Index ASSERTIONS as known from before (e.g. loaded from the store) without
 * linking them to each other: their links already exist.  Later
 * cg_linker_add() calls link new assertions against them.  Same ownership
 * rules as cg_linker_add(). */
void cg_linker_index (CgLinker *linker, GPtrArray *assertions, GPtrArray *articles);

/* Tell the linker the kinds of the speakers (CgSpeaker*, not kept: ids
 * and kinds are copied) so a report of a document's words traces to the
 * earliest printing (quotes).  Call before cg_linker_add(); calling again
 * adds and updates, so a store can pass the registry's speakers as they
 * grow. */
void cg_linker_set_speakers (CgLinker *linker, GPtrArray *speakers);

G_END_DECLS

#endif
