/* cg-tagger.h: a learned token tagger for attributions.
 *
 * A structured perceptron over BIO labels for SOURCE, CUE and CONTENT
 * (PolNeAR's univocal tags), decoded by Viterbi per sentence.  Features are
 * hashed into 2^bits buckets; the weights are averaged at training time
 * (bench/train.c, cg-train) and shipped quantized in a model file under
 * rules/ (format in rules/README.md), so the learned knowledge is data a
 * user can retrain and replace, like every rule file.
 *
 * The extractor builds the token sequences (cg_extractor_tag_doc) so that
 * the trainer and the run-time tagger see exactly the same tokens and
 * flags.
 */
#ifndef CG_TAGGER_H
#define CG_TAGGER_H

#include "cg-model.h"

G_BEGIN_DECLS

typedef enum {
  CG_TAG_O,
  CG_TAG_B_SOURCE,
  CG_TAG_I_SOURCE,
  CG_TAG_B_CUE,
  CG_TAG_I_CUE,
  CG_TAG_B_CONTENT,
  CG_TAG_I_CONTENT,
  CG_TAG_N
} CgTag;

/* What the extractor knows of a token, beyond its word. */
typedef enum {
  CG_TAGF_WORD = 1 << 0,
  CG_TAGF_CAP = 1 << 1,      /* a word with an upper-case first letter */
  CG_TAGF_NUMBER = 1 << 2,
  CG_TAGF_QUOTE = 1 << 3,    /* a paired quotation mark */
  CG_TAGF_INSIDE = 1 << 4,   /* inside a quotation (marks excluded) */
  CG_TAGF_CUE = 1 << 5,      /* a cue verb as the extractor marks it (cue-verbs.rules) */
  CG_TAGF_PREP = 1 << 6,     /* a prepositional cue starts here ("according to") */
  CG_TAGF_PRON = 1 << 7,     /* extract.rules [pronouns] */
  CG_TAGF_DET = 1 << 8,      /* extract.rules [determiners] */
  CG_TAGF_TITLE = 1 << 9,    /* extract.rules [titles] */
  CG_TAGF_VERB = 1 << 10,    /* a form of a cue verb, marked as a cue or not ("the report") */
  CG_TAGF_TRIGGER = 1 << 11, /* a trigger word of the model */
  CG_TAGF_TAKEN = 1 << 12    /* already in an attribution: no trigger for cg_tagger_tag()'s test,
                                and no feature reads it */
} CgTagFlags;

typedef struct {
  const char *word;   /* casefolded; punctuation is the character */
  guint       flags;  /* CgTagFlags */
} CgTagToken;

/* An article as the tagger sees it: its tokens, their byte offsets, and
 * its sentences. */
typedef struct {
  GArray       *tokens;    /* CgTagToken; words belong to the chunk */
  GArray       *spans;     /* CgSpan per token */
  GArray       *sentences; /* guint: the first token of each sentence, then the token count */
  GStringChunk *words;
} CgTagDoc;

void cg_tag_doc_free (CgTagDoc *doc);

/* The number of hashed features per token.  A build with
 * -DCG_TAGGER_NF=30 adds eight templates (bench/README.md: measured, not
 * worth their cost); a model records the number it was trained with. */
#ifndef CG_TAGGER_NF
#define CG_TAGGER_NF 22
#endif

/* The hash of a casefolded word the features use (FNV-1a, never 0). */
guint32 cg_tagger_hash (const char *word);

/* Word classes learned without labels from news text (bench/clusters.c,
 * cg-clusters; rules/clusters.txt): a fine and a coarse class per word. */
typedef struct _CgTagClusters CgTagClusters;

/* Read a clusters file.  Errors (CG_ERROR_RULES) name the file and the
 * line.  Returns a new table. */
CgTagClusters *cg_tag_clusters_load (const char *path, GError **error);

/* The same from DATA (LEN bytes) as if read from PATH.  Returns a new table. */
CgTagClusters *cg_tag_clusters_parse (const char *path, const char *data, gsize len, GError **error);

void cg_tag_clusters_free (CgTagClusters *clusters);

/* The classes of WORD (casefolded) into *FINE and *COARSE; FALSE when the
 * table has no class for it. */
gboolean cg_tag_clusters_lookup (const CgTagClusters *clusters, const char *word, guint *fine, guint *coarse);

/* The features of tokens TOKS[0, N) of one sentence, as bucket numbers
 * below 2^BITS, with the word classes CLUSTERS (NULL: every word of an
 * unknown class): CG_TAGGER_NF per token into FEATS (N * CG_TAGGER_NF). */
void cg_tagger_features (guint bits, const CgTagClusters *clusters, const CgTagToken *toks, guint n, guint32 *feats);

/* Whether label CUR may follow PREV (CG_TAG_N: the sentence start): an
 * I- label only continues its own B- or I-. */
gboolean cg_tagger_allowed (guint prev, guint cur);

/* The best label sequence given emission scores EMIT (N x CG_TAG_N) and
 * transition scores TRANS ((CG_TAG_N + 1) x CG_TAG_N, the last row from
 * the sentence start) into LABELS (N). */
void cg_tagger_viterbi (const float *emit, const float *trans, guint n, guint8 *labels);

typedef struct _CgTagger CgTagger;

/* A model from float weights (EMIT: 2^BITS x CG_TAG_N, TRANS as for
 * cg_tagger_viterbi), its trigger words (char*, casefolded) and the word
 * classes its features read (or NULL), which are copied.  Quantizes the
 * weights as the file stores them.  Returns a new tagger. */
CgTagger *cg_tagger_new (guint bits, const float *emit, const float *trans, GPtrArray *triggers,
                         const CgTagClusters *clusters);

/* Read a model file and the clusters file its header names (beside it,
 * checked against the sum the model recorded).  Errors (CG_ERROR_RULES)
 * name the file and the line, or the byte offset in the weights.
 * Returns a new tagger. */
CgTagger *cg_tagger_load (const char *path, GError **error);

/* The same from DATA (LEN bytes) as if read from PATH.  Returns a new tagger. */
CgTagger *cg_tagger_parse (const char *path, const char *data, gsize len, GError **error);

/* Write the model to PATH (a temporary sibling renamed into place). */
gboolean cg_tagger_save (const CgTagger *tagger, const char *path, GError **error);

void cg_tagger_free (CgTagger *tagger);

/* The trigger words, in file order.  The array belongs to the tagger. */
GPtrArray *cg_tagger_triggers (const CgTagger *tagger);

guint cg_tagger_bits (const CgTagger *tagger);

/* The model's word classes, or NULL.  They belong to the tagger. */
const CgTagClusters *cg_tagger_clusters (const CgTagger *tagger);

/* Label tokens TOKS[0, N) of one sentence into LABELS (N).  Only a
 * sentence where some token flagged CG_TAGF_TRIGGER and not CG_TAGF_TAKEN
 * scores as a cue on its own, by MIN_MARGIN over any other label (in units of the model's largest
 * weight), is decoded (the others cost a token or two); it returns FALSE,
 * all labels O, for the rest.  MARGINS (N, or NULL) gets, for a decoded
 * sentence, each source or cue token's emission score for its label less
 * the best of the other labels, in the same units: how sure the model is
 * of it on its own (0 for the other tokens).  Thread-safe. */
gboolean cg_tagger_tag (const CgTagger *tagger, const CgTagToken *toks, guint n, double min_margin,
                        guint8 *labels, float *margins);

/* Label tokens [FROM, TO) of the sentence TOKS[0, N) into LABELS[FROM,
 * TO): that window alone is decoded (its first token as if it opened the
 * sentence), with the features of the whole sentence, for a caller that
 * wants a few labels near a known place.  Thread-safe. */
void cg_tagger_tag_range (const CgTagger *tagger, const CgTagToken *toks, guint n, guint from, guint to,
                          guint8 *labels);

G_END_DECLS

#endif
