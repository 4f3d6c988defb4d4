/* brat.h: what the bench programs (cg-eval, cg-train, cg-train-bounds)
 * share to read PolNeAR's brat standoff layout: the article/annotation
 * pairs of a directory, the attributions of an .ann file, byte to
 * character offsets, and the rules with one extract.rules setting
 * overridden.  Not part of the library. */
#ifndef CG_BRAT_H
#define CG_BRAT_H

#include "claimgraph.h"

/* One article and the annotation file read for it. */
typedef struct {
  char *base;      /* NAME of NAME_ANNOTATOR.ann */
  char *txt_path;  /* TEXT_DIR/NAME.txt */
  char *ann_path;  /* ANN_DIR/NAME_ANNOTATOR.ann */
} CgBratPair;

typedef enum {
  CG_BRAT_SOURCE,
  CG_BRAT_CUE,
  CG_BRAT_CONTENT
} CgBratRole;

/* One argument of an attribution (E line): its role and the character
 * ranges of its T line as written ("335 385" or "1359 1390;1393 1432"),
 * unchecked: every caller applies its own bounds. */
typedef struct {
  CgBratRole role;
  GArray    *ranges;   /* pairs of gint64: start, end */
} CgBratArg;

/* What a trainer reads its articles with (cg_brat_trainer_open()). */
typedef struct {
  CgRules     *rules;
  CgReader    *reader;
  CgSegmenter *seg;
  CgExtractor *x;
  GPtrArray   *pairs;   /* of CgBratPair */
} CgBratTrainer;

GPtrArray *cg_brat_pairs (const char *text_dir, const char *ann_dir, GError **error);
gboolean   cg_brat_held_out (guint index, gint holdout);
GPtrArray *cg_brat_read (const char *ann_path, GError **error);
glong     *cg_brat_byte_to_char (const char *raw, gsize len, gunichar **chars, glong *n_chars);
CgRules   *cg_brat_load_rules_with (const char *user_dir, const char *setting, const char *tmp_prefix,
                                    GError **error);
gboolean   cg_brat_test_split (const char *text_dir, const char *ann_dir);
int        cg_brat_usage (GOptionContext *ctx, GError *error, const char *usage);
int        cg_brat_trainer_open (CgBratTrainer *t, const char *prog, const char *user_dir, const char *setting,
                                 const char *text_dir, const char *ann_dir);
void       cg_brat_trainer_close (CgBratTrainer *t);

#endif
