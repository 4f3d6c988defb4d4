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

/* A token: a word (letters and digits, with the apostrophes, hyphens and
 * dots that belong inside it: "don't", "Vice-President", "U.S.") or one
 * punctuation character (which may be several UTF-8 bytes: "“", "—"). */
typedef enum {
  CG_TOKEN_WORD = 1 << 0,
  CG_TOKEN_PUNCT = 1 << 1,
  CG_TOKEN_CAPITALIZED = 1 << 2,  /* a word whose first letter is upper case */
  CG_TOKEN_NUMBER = 1 << 3,       /* starts with a digit: "2016", "$350" is PUNCT + NUMBER */
  CG_TOKEN_QUOTE = 1 << 4         /* a quotation mark (also straight ' used as one) */
} CgTokenFlags;

typedef struct {
  gint64 start;
  gint64 end;
  guint  flags;   /* CgTokenFlags */
} CgToken;

/* Tokens of TEXT[SPAN.start, SPAN.end) with file offsets.  Thread-safe,
 * no rules needed.  Returns a new GArray of CgToken. */
GArray *cg_tokenize (const char *text, CgSpan span);

/* The same with the segmenter's rules: the dot of a listed abbreviation
 * stays in its token ("Mr.", "Gen."), quotation marks are those of
 * quote-marks.rules and elisions ("rock 'n' roll") are not quotes.
 * Thread-safe.  Returns a new GArray of CgToken. */
GArray *cg_tokenize_with (const CgSegmenter *segmenter, const char *text, CgSpan span);

/* The rules must outlive the segmenter.  Thread-safe once built. */
CgSegmenter *cg_segmenter_new (CgRules *rules, GError **error);
void         cg_segmenter_free (CgSegmenter *segmenter);

/* Segment TEXT (LEN bytes, valid UTF-8).  Never fails; unbalanced quotes
 * give quotes with closed == FALSE.  Returns new segments. */
CgSegments *cg_segmenter_run (CgSegmenter *segmenter, const char *text, gsize len);

G_END_DECLS

#endif
