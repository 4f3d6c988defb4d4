/* cg-segment.h: stage 2, paragraphs, sentences and quotation spans.
 *
 * Works on the reader's analysis text (offsets are file offsets).  Sentence
 * boundaries honour the abbreviations rule file; quotation spans pair curly
 * and straight double quotes and single quotes (told apart from
 * apostrophes), nest, and follow a quote reopened over paragraphs.
 */
#ifndef CG_SEGMENT_H
#define CG_SEGMENT_H

#include "cg-model.h"
#include "cg-rules.h"

G_BEGIN_DECLS

typedef struct _CgSegmenter CgSegmenter;

/* The rules must outlive the segmenter.  Thread-safe once built. */
CgSegmenter *cg_segmenter_new (CgRules *rules, GError **error);
void         cg_segmenter_free (CgSegmenter *segmenter);

/* Segment TEXT (LEN bytes, valid UTF-8).  Never fails; unbalanced quotes
 * give quotes with closed == FALSE.  Returns new segments. */
CgSegments *cg_segmenter_run (CgSegmenter *segmenter, const char *text, gsize len);

G_END_DECLS

#endif
