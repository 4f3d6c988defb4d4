/* cg-rules.h: loading rule files and matching their phrases.
 *
 * All language knowledge of claimgraph (cue verbs, titles, abbreviations,
 * attribution patterns, hedges, negations, boilerplate, link thresholds)
 * lives in plain-text rule files, so a user can edit it without
 * recompiling.  The format is documented in rules/README.md:
 *
 *     # comment
 *     [section]
 *     phrase
 *     phrase ; key=value, key=value
 *     key = value
 *
 * A rule set is the default directory plus, optionally, a user directory
 * whose files add to the defaults, or replace a default file whole when
 * their first directive is "@replace".
 */
#ifndef CG_RULES_H
#define CG_RULES_H

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char        *phrase;   /* as written, surrounding blanks trimmed */
  char       **words;    /* phrase casefolded and split on blanks, NULL-terminated */
  guint        n_words;
  char       **keys;     /* attribute names, NULL-terminated (may be empty) */
  char       **values;   /* attribute values, parallel to keys */
  const char  *section;  /* "" before any [section]; owned by the rule set */
  const char  *file;     /* path of the file it came from; owned by the rule set */
  guint        line;     /* 1-based line number in that file */
} CgRule;

typedef struct _CgRules CgRules;

/* The directory holding the default rule files: $CLAIMGRAPH_DEFAULT_RULES
 * when set, else the source tree's rules/ while it exists (an uninstalled
 * build), else the installed data directory.  Static string. */
const char *cg_rules_default_dir (void);

/* Load the defaults, then overlay USER_DIR (NULL: $CLAIMGRAPH_RULES, or
 * none).  Errors name the file and line.  Returns a new rule set; free with
 * cg_rules_free(). */
CgRules *cg_rules_load (const char *user_dir, GError **error);

/* Load from explicit directories; DEFAULT_DIR is required, USER_DIR may be
 * NULL.  Returns a new rule set. */
CgRules *cg_rules_load_dirs (const char *default_dir, const char *user_dir, GError **error);

/* Parse one file's text as if it had been read from PATH (for tests and
 * fuzzing).  Returns a new rule set holding just that file under NAME. */
CgRules *cg_rules_parse (const char *name, const char *path, const char *text, gsize len, GError **error);

void cg_rules_free (CgRules *rules);

/* Fail with CG_ERROR_RULES naming the file when rule file NAME (without
 * ".rules") was not loaded.  Stages call this when they are set up so a
 * missing file is an error, not silently empty knowledge. */
gboolean cg_rules_require (CgRules *rules, const char *name, GError **error);

/* The entries of file NAME, of SECTION only, or of all sections when
 * SECTION is NULL, in file order.  The array and the rules belong to the
 * rule set; it is empty, never NULL, when there are none. */
GPtrArray *cg_rules_entries (CgRules *rules, const char *name, const char *section);

/* The section names of file NAME in order of first appearance.  Free the
 * array (not the strings) with g_ptr_array_unref(). */
GPtrArray *cg_rules_sections (CgRules *rules, const char *name);

/* An attribute of a rule, or NULL.  The string belongs to the rule. */
const char *cg_rule_attr (const CgRule *rule, const char *key);

/* A "key = value" setting of file NAME (in any section) as a number;
 * FALLBACK when absent or not a number. */
double cg_rules_number (CgRules *rules, const char *name, const char *key, double fallback);

/* A "key = value" setting of file NAME as a string, or NULL.  Belongs to the rule set. */
const char *cg_rules_string (CgRules *rules, const char *name, const char *key);

/* ---- phrase matching --------------------------------------------------- */

/* A lexicon: the phrases of some rules, matched word by word, longest first.
 * Words are compared casefolded. */
typedef struct _CgLexicon CgLexicon;

/* Build a lexicon from an array of CgRule* (e.g. from cg_rules_entries()).
 * The rules must outlive the lexicon.  Free with cg_lexicon_free(). */
CgLexicon *cg_lexicon_new (GPtrArray *rules);
void       cg_lexicon_free (CgLexicon *lexicon);

/* The longest rule whose words equal WORDS[POS..] (casefolded words, as
 * produced by g_utf8_casefold), or NULL.  *LEN receives its word count. */
const CgRule *cg_lexicon_match (const CgLexicon *lexicon, char *const *words, guint n_words, guint pos, guint *len);

/* The rule whose whole phrase equals PHRASE (casefolded compare), or NULL. */
const CgRule *cg_lexicon_lookup (const CgLexicon *lexicon, const char *phrase);

guint cg_lexicon_size (const CgLexicon *lexicon);

G_END_DECLS

#endif /* CG_RULES_H */
