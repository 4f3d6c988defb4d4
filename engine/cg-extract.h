/* cg-extract.h: stage 3, assertions with cue and source mention.
 *
 * Matches the attribution patterns of rules/patterns.rules over the
 * sentences and quotation spans of one article and returns its assertions:
 * direct, mixed and indirect speech with cue and source mention, and the
 * author's own check-worthy claims.  Speakers are not resolved here:
 * source_text/source are the mention as printed ("He", "Mr Trump").
 */
#ifndef CG_EXTRACT_H
#define CG_EXTRACT_H

#include "cg-model.h"
#include "cg-rules.h"
#include "cg-tagger.h"

G_BEGIN_DECLS

typedef struct _CgExtractor CgExtractor;

/* The rules must outlive the extractor.  Thread-safe once built. */
CgExtractor *cg_extractor_new (CgRules *rules, GError **error);
void         cg_extractor_free (CgExtractor *extractor);

/* Assertions of one article in text order.  Returns a new array of
 * CgAssertion* (free func set); ids and speaker_id are NULL, article_id is
 * copied from the article.  An article longer than CG_MAX_ARTICLE_BYTES
 * (which the reader never makes) gives none. */
GPtrArray *cg_extractor_run (CgExtractor *extractor, const CgArticle *article,
                             const CgSegments *segments);

/* The article's sentences as the learned tagger sees them (tokens, flags,
 * byte offsets), for training it (bench/train.c): the same tokens
 * cg_extractor_run tags.  Returns a new doc; free with cg_tag_doc_free(). */
CgTagDoc *cg_extractor_tag_doc (CgExtractor *extractor, const CgArticle *article,
                                const CgSegments *segments);

G_END_DECLS

#endif
