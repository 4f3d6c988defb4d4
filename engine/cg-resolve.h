/* cg-resolve.h: stage 4, speakers.
 *
 * One registry of speakers across all articles.  Within an article, a
 * mention by surname, title or pronoun resolves to the full name it refers
 * to; across articles, name variants ("Mr Trump", "President Trump",
 * "Donald Trump"; "Zelensky"/"Zelenskyy") merge into one speaker while
 * different people ("Donald Trump Jr.") stay apart.
 */
#ifndef CG_RESOLVE_H
#define CG_RESOLVE_H

#include "cg-model.h"
#include "cg-rules.h"

G_BEGIN_DECLS

typedef struct _CgRegistry CgRegistry;

/* The rules must outlive the registry.  Not thread-safe: resolve articles
 * one after the other.  Free with cg_registry_free(). */
CgRegistry *cg_registry_new (CgRules *rules, GError **error);
void        cg_registry_free (CgRegistry *registry);

/* Add a speaker known from before (the store); the registry takes it.
 * Later ids continue after the highest "sN" seen. */
void cg_registry_add (CgRegistry *registry, CgSpeaker *speaker);

/* Set speaker_id of every assertion of ARTICLE (author claims get the
 * byline author, else the outlet), creating and updating speakers. */
void cg_registry_resolve_article (CgRegistry *registry, const CgArticle *article,
                                  const CgSegments *segments, GPtrArray *assertions);

/* All speakers, in id order; the array and speakers belong to the registry. */
GPtrArray *cg_registry_speakers (CgRegistry *registry);

/* The ids of speakers created or changed since the last call (for the
 * store).  Returns a new array of char*. */
GPtrArray *cg_registry_take_changed (CgRegistry *registry);

/* Move the speakers into a new array the caller owns (the registry is left
 * empty).  Returns a new array of CgSpeaker* with free func set. */
GPtrArray *cg_registry_steal_speakers (CgRegistry *registry);

G_END_DECLS

#endif
