/* cg-pipeline.h: the stages put together.
 *
 * A pipeline holds the prepared stages (reader, segmenter, extractor) built
 * from one rule set.  cg_pipeline_process_file() runs the per-article stages
 * and is safe to call from several threads at once; cg_pipeline_analyze()
 * runs the whole one-shot job over files with a thread pool: per-article
 * work in parallel, then speakers, links and claims in order.
 */
#ifndef CG_PIPELINE_H
#define CG_PIPELINE_H

#include "cg-model.h"
#include "cg-rules.h"

G_BEGIN_DECLS

typedef struct _CgPipeline CgPipeline;

/* The result of the per-article stages for one file. */
typedef struct {
  CgArticle  *article;     /* owned */
  CgSegments *segments;    /* owned */
  GPtrArray  *assertions;  /* CgAssertion*, owned, ids not yet set */
} CgArticleResult;

void cg_article_result_free (CgArticleResult *result);

/* Build the stages from RULES (which must outlive the pipeline).
 * Returns a new pipeline; free with cg_pipeline_free(). */
CgPipeline *cg_pipeline_new (CgRules *rules, GError **error);
void        cg_pipeline_free (CgPipeline *pipeline);
CgRules    *cg_pipeline_rules (CgPipeline *pipeline);

/* With DROP, cg_pipeline_analyze() frees each article's raw and analysis
 * text once its speakers are resolved (raw and text are then NULL): the
 * command line does, to keep a whole corpus in memory; the default keeps
 * them. */
void        cg_pipeline_set_drop_text (CgPipeline *pipeline, gboolean drop);

/* Load the corpus metadata table at PATH (cg-metatable.h) and read every
 * article's metadata through it from now on; the pipeline owns the table.
 * Call before processing starts.  FALSE with an error naming the file and
 * line when the table is broken; the pipeline is then unchanged. */
gboolean    cg_pipeline_load_meta_table (CgPipeline *pipeline, const char *path, GError **error);

/* Read, segment and extract one file.  Thread-safe.  Returns a new result. */
CgArticleResult *cg_pipeline_process_file (CgPipeline *pipeline, const char *path, GError **error);

/* Called after each article of a long job; DONE of TOTAL files, BYTES read so far. */
typedef void (*CgProgressFunc) (guint done, guint total, guint64 bytes, gpointer user_data);

/* The one-shot job: expand PATHS, process every file on N_THREADS threads
 * (0: one per core), resolve speakers, link and score.  A file that cannot
 * be read fails the whole job (error names it) unless KEEP_GOING is TRUE, in
 * which case it is reported through g_warning-free ERRORS (char*, may be
 * NULL) and skipped.  Returns a new corpus with ids d1.., a1.., s1.., c1... */
CgCorpus *cg_pipeline_analyze (CgPipeline *pipeline, char **paths, guint n_threads,
                               gboolean keep_going, GPtrArray *errors,
                               CgProgressFunc progress, gpointer progress_data,
                               GError **error);

G_END_DECLS

#endif
