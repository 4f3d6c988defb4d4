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

/* Resolution in two parts, so that the per-article part can run on other
 * threads: the scan finds the names the article prints (most of the work)
 * and depends on the registry's speakers only through a few lookups,
 * which it records; cg_registry_resolve_scanned() checks them against the
 * registry and, where one is answered otherwise now, scans the article
 * again itself.  Either way the result is cg_registry_resolve_article()'s. */
typedef struct _CgArticleScan CgArticleScan;

/* Scan ARTICLE with SCANNER, a registry of its own made from the same
 * rules (usually holding no speaker), on any thread; one scanner serves
 * one thread at a time.  The article, segments and assertions must stay
 * as they are until the scan is resolved.  Returns a new scan: give it to
 * cg_registry_resolve_scanned() or free it with cg_article_scan_free(). */
CgArticleScan *cg_registry_scan (CgRegistry *scanner, const CgArticle *article,
                                 const CgSegments *segments, GPtrArray *assertions);
void           cg_article_scan_free (CgArticleScan *scan);

/* The name keys a registry indexes, shared with scanners on other threads
 * (thread-safe), so that their scans see the names known a few articles
 * ago and mostly stand.  Free with cg_name_set_free() once no registry
 * uses it. */
typedef struct _CgNameSet CgNameSet;

CgNameSet *cg_name_set_new (void);
void       cg_name_set_free (CgNameSet *set);

/* REGISTRY adds to SET (NULL: nothing) the keys it holds and every one it
 * indexes from now on. */
void cg_registry_publish (CgRegistry *registry, CgNameSet *set);

/* SCANNER answers the lookups of its scans from SET (NULL: from its own
 * speakers). */
void cg_registry_consult (CgRegistry *scanner, CgNameSet *set);

/* cg_registry_resolve_article() with the article's SCAN, which it takes.
 * Returns TRUE when the scan stood, FALSE when the article was scanned
 * again (the result is the same). */
gboolean cg_registry_resolve_scanned (CgRegistry *registry, CgArticleScan *scan, const CgArticle *article,
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
