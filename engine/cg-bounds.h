/* cg-bounds.h: a learned chooser of a content span's exact bounds.
 *
 * The rules find an attribution's cue and roughly its content, but often
 * end the content one clause too late (", which ...", ", and he ...", a
 * participle clause) or start it a word off.  Given the rules' content,
 * this ranks the token boundaries near their choice with an averaged
 * perceptron over hashed features (the words and classes of the tokens
 * around the boundary, punctuation, open quotations, distances from the
 * rules' bounds and the cue, the rules' pattern and cue word) and returns
 * the best one.  Plain data in and out: the extractor (extract.c) and the
 * trainer (bench/train-bounds.c, cg-train-bounds) build the same input
 * from the same tokens.  The weights ship in a model file under rules/
 * (format in rules/README.md), named by extract.rules "bounds = FILE".
 */
#ifndef CG_BOUNDS_H
#define CG_BOUNDS_H

#include "cg-model.h"
#include "cg-tagger.h"

G_BEGIN_DECLS

/* Hashed features per candidate boundary. */
#define CG_BOUNDS_NF 16

typedef enum {
  CG_BOUNDS_START,  /* where the content starts: its first token */
  CG_BOUNDS_END     /* where it ends: one past its last token */
} CgBoundsSide;

/* Per token of the window, what the chooser needs beyond its word. */
enum {
  CG_BOUNDS_BOS = 1 << 0,    /* it opens a sentence */
  CG_BOUNDS_BREAK = 1 << 1   /* its word is one of the model's boundary words: an end may fall before it */
};

/* A window starts this many tokens before the content or its cue,
 * whichever comes first (or at their sentence's start): the features
 * look no further back. */
#define CG_BOUNDS_LEAD 3

/* A window ends at most this many tokens past the rules' content: the
 * features look no further than the token after a candidate, and no candidate lies
 * past the rules' end. */
#define CG_BOUNDS_AFTER 2

/* One content as the chooser sees it: a window of the sentences holding
 * it (from CG_BOUNDS_LEAD tokens before it or its cue), and the rules'
 * choice inside the window. */
typedef struct {
  const CgTagToken *toks;    /* the window's tokens */
  const guint8     *marks;   /* per token: CG_BOUNDS_ bits */
  guint             n;
  guint             cue_s, cue_e;  /* the cue's tokens; cue_s == cue_e when it is outside the window */
  guint             cs, ce;        /* the rules' content [cs, ce), from its first to past its last word */
  guint32           rule;          /* cg_tagger_hash() of the rules' pattern name */
  guint32           cue;           /* cg_tagger_hash() of the cue's last word */
  guint             kind;          /* CgAssertionKind */
} CgBoundsInput;

/* At most this many candidates per side. */
#define CG_BOUNDS_MAX_CAND 128

/* The candidate boundaries of SIDE into OUT (CG_BOUNDS_MAX_CAND), in
 * order: an end after a word or number token of the window past CS, up
 * to the rules' end CE (the model only cuts: the ends it moved past CE
 * were too few to pay for ranking every end of the sentence), and
 * before punctuation, a sentence's end or a boundary word; a start at a
 * word or number a few tokens around CS (not inside the cue nor at or
 * past CE).  The rules' own bound is always one.  Returns their number. */
guint cg_bounds_candidates (const CgBoundsInput *in, CgBoundsSide side, guint *out);

/* The features of boundary B of SIDE as bucket numbers below 2^BITS:
 * CG_BOUNDS_NF into FEATS. */
void cg_bounds_features (guint bits, const CgBoundsInput *in, CgBoundsSide side, guint b, guint32 *feats);

typedef struct _CgBounds CgBounds;

/* A model from float weights W (2^BITS), quantized as the file stores
 * them, and its boundary words (char*, casefolded), which are copied.
 * Returns a new model. */
CgBounds *cg_bounds_new (guint bits, const float *w, GPtrArray *words);

/* The boundary words, in file order.  The array belongs to the model. */
GPtrArray *cg_bounds_words (const CgBounds *model);

/* Read a model file.  Errors (CG_ERROR_RULES) name the file and the line,
 * or the byte offset in the weights.  Returns a new model. */
CgBounds *cg_bounds_load (const char *path, GError **error);

/* The same from DATA (LEN bytes) as if read from PATH.  Returns a new model. */
CgBounds *cg_bounds_parse (const char *path, const char *data, gsize len, GError **error);

/* Write the model to PATH. */
gboolean cg_bounds_save (const CgBounds *model, const char *path, GError **error);

void cg_bounds_free (CgBounds *model);

guint cg_bounds_bits (const CgBounds *model);

/* The best boundary of SIDE for IN: the rules' own (in->cs or in->ce)
 * unless a candidate scores more than MARGIN higher (in units of the
 * model's largest weight).  Thread-safe. */
guint cg_bounds_choose (const CgBounds *model, const CgBoundsInput *in, CgBoundsSide side, double margin);

G_END_DECLS

#endif
