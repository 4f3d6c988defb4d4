/* cg-test.h: helpers shared by the GTest programs: where the test data and
 * the seed corpus are, loading the default rules, running the CLI. */
#ifndef CG_TEST_H
#define CG_TEST_H

#include "claimgraph.h"

/* Path of a file under tests/data; free with g_free(). */
char *cg_test_data (const char *name);

/* Path of a file under examples/corpus; free with g_free(). */
char *cg_test_corpus (const char *name);

/* Path of a file in the source tree; free with g_free(). */
char *cg_test_source (const char *relpath);

/* The default rules, loaded once per test program and never freed. */
CgRules *cg_test_rules (void);

/* The seed corpus (examples/corpus) through a pipeline over the default
 * rules.  Returns a new corpus; free with cg_corpus_free(). */
CgCorpus *cg_test_seed_corpus (void);

/* The corpus of the tests/data files NAMES (N of them), analyzed with the
 * default rules as the command line does; the caller frees it with
 * cg_corpus_free(). */
CgCorpus *cg_test_data_corpus (const char *const *names, guint n);

/* Read ARTICLE_PATH and run the per-article stages; free with cg_article_result_free(). */
CgArticleResult *cg_test_process (const char *article_path);

/* Run the claimgraph CLI with ARGV (NULL-terminated, without the program
 * name) in the current directory; captures stdout and stderr (caller frees)
 * and returns the exit status. */
int cg_test_run_cli (const char *const *argv, char **out, char **err);

/* A new empty temporary directory; free the path with g_free().  The
 * directory and what it holds are removed when the test program exits
 * normally (a failing test's are kept). */
char *cg_test_tmpdir (void);

/* Remove PATH, and everything under it when it is a directory. */
void cg_test_remove_tree (const char *path);

/* Append to LIST (of CgAssertion*, owning them) a new assertion with the id
 * a<N> for the Nth, and the other fields at their defaults (positive,
 * neutral, certain); returns it, for the caller to set more. */
CgAssertion *cg_test_assertion (GPtrArray *list, const char *article_id, const char *speaker_id,
                                CgAssertionKind kind, const char *text);

/* The tokens of cg_tokenizer_next() one at a time, as a new array, each
 * token a shortcut took checked against its own lowered bytes; *SHORTCUT
 * (may be NULL) counts those tokens. */
GArray *cg_test_tokenize_stepwise (const char *text, CgSpan span, guint *shortcut);

/* The link between FROM and TO, in either direction, or NULL.  Belongs to LINKS. */
CgLink *cg_test_link_between (GPtrArray *links, const char *from, const char *to);

/* The assertion of R whose cue text is CUE, or NULL.  Belongs to R. */
CgAssertion *cg_test_with_cue (CgArticleResult *r, const char *cue);

/* The default rules with TEXT as the user's FILE ("linking.rules") on
 * top.  Returns a new rule set; free with cg_rules_free(). */
CgRules *cg_test_rules_with (const char *file, const char *text);

/* A pipeline over the default rules with EXTRA (extract.rules lines) on
 * top, run on PATH.  Returns a new result; free with cg_article_result_free(). */
CgArticleResult *cg_test_process_with (const char *path, const char *extra);

/* The error of building an extractor over the default rules with EXTRA as
 * the extract.rules of the user directory DIR (it may hold the files EXTRA
 * names; extract.rules is removed again): the test fails unless it is a
 * CG_ERROR_RULES.  Returns its message; free with g_free(). */
char *cg_test_extractor_error (const char *dir, const char *extra);

/* The message of ERROR, which must be a CG_ERROR_RULES; frees ERROR.
 * Returns a new string; free with g_free(). */
char *cg_test_rules_error (GError *error);

#endif
