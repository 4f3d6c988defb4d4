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
#include <string.h>

G_BEGIN_DECLS

typedef struct {
  char        *phrase;   /* as written, surrounding blanks trimmed */
  char       **words;    /* phrase casefolded and split on blanks, NULL-terminated */
  guint        n_words;
  guint32      key_bits; /* cg_rule_index_keys(): a bit per key present, bit 0 when set; 0 = not indexed */
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

/* Set ERROR to CG_ERROR_RULES "PATH:LINE: message" (FMT and its
 * arguments), the form every rule and model file error takes.  Returns
 * FALSE, for "return cg_rules_fail (...)". */
gboolean cg_rules_fail (GError **error, const char *path, guint line, const char *fmt, ...) G_GNUC_PRINTF (4, 5);

/* Fail with CG_ERROR_RULES naming the file when rule file NAME (without
 * ".rules") was not loaded.  Stages call this when they are set up so a
 * missing file is an error, not silently empty knowledge. */
gboolean cg_rules_require (CgRules *rules, const char *name, GError **error);

/* The entries of file NAME, of SECTION only, or of all sections when
 * SECTION is NULL, in file order.  The array and the rules belong to the
 * rule set; it is empty, never NULL, when there are none. */
GPtrArray *cg_rules_entries (CgRules *rules, const char *name, const char *section);

/* Add the one-word entries of file NAME's SECTION (all sections when
 * NULL) to SET, a string set; the words are the rules' own, casefolded,
 * and borrowed: the rules must outlive SET. */
void cg_rules_add_words (GHashTable *set, CgRules *rules, const char *name, const char *section);

/* The one-word entries of file NAME's SECTION as a new string set
 * (g_str_hash) of words borrowed from RULES.  Free with
 * g_hash_table_unref(). */
GHashTable *cg_rules_word_set (CgRules *rules, const char *name, const char *section);

/* The entries of file NAME's SECTION, each phrase casefolded whole (its
 * words kept together), as a new string set owning its keys.  Free with
 * g_hash_table_unref(). */
GHashTable *cg_rules_phrase_set (CgRules *rules, const char *name, const char *section);

/* The section names of file NAME in order of first appearance.  Free the
 * array (not the strings) with g_ptr_array_unref(). */
GPtrArray *cg_rules_sections (CgRules *rules, const char *name);

/* The bit of attribute KEY (not empty) in CgRule.key_bits: from its first
 * two bytes, so that a call with a literal key folds it to a constant. */
static inline guint32
cg_rule_key_bit (const char *key)
{
  return 1u << (1u + ((guchar) key[0] + 8u * (guchar) key[1]) % 31u);
}

/* Sets RULE's key_bits from its keys; call again after changing them.  A
 * rule never indexed (key_bits 0) is searched key by key. */
void cg_rule_index_keys (CgRule *rule);

/* cg_rule_attr() without the key_bits test. */
const char *cg_rule_attr_find (const CgRule *rule, const char *key);

/* An attribute of a rule, or NULL.  The string belongs to the rule.  The
 * extractor asks several attributes of every match, most of them absent:
 * the key bits answer those without a look at the keys. */
static inline const char *
cg_rule_attr (const CgRule *rule, const char *key)
{
  if ((rule->key_bits & 1u) && !(rule->key_bits & cg_rule_key_bit (key)))
    return NULL;
  return cg_rule_attr_find (rule, key);
}

/* A "key = value" setting of file NAME (in any section) as a number;
 * FALLBACK when absent or not a number. */
double cg_rules_number (CgRules *rules, const char *name, const char *key, double fallback);

/* The rule of a "key = value" setting of file NAME (the last one, so a
 * user file overrides the default), or NULL; for callers that need its
 * file and line.  Belongs to the rule set. */
const CgRule *cg_rules_setting (CgRules *rules, const char *name, const char *key);

/* A "key = value" setting of file NAME as a string, or NULL.  Belongs to the rule set. */
const char *cg_rules_string (CgRules *rules, const char *name, const char *key);

/* ---- phrase matching --------------------------------------------------- */

/* A lexicon: the phrases of some rules, in one or more lists (a list per
 * word list a stage asks about, at most CG_LEXICON_MAX_LISTS), over one
 * vocabulary.  Every distinct word of a phrase is interned to an integer id
 * when the lexicon is built; a phrase is its sequence of ids.  Lookups hash
 * a word once and matches compare ids or strings, so nothing is allocated
 * while matching.  Within a list the longest phrase wins, and of two rules
 * with the same words the first.  Words are compared as given: the rules'
 * words are casefolded (CgRule.words), so callers pass casefolded words.
 * A lexicon is read only once built: one serves all threads. */
typedef struct _CgLexicon CgLexicon;

/* A lexicon holds up to CG_LEXICON_MAX_LISTS lists in two tiers of 64.
 * Lists 0..63 (the hot tier) are the bits of the CgLexWord a lookup
 * returns, so a stage that asks about them per token reads one word of
 * bits; lists 64..127 (the cold tier) are a second CgLexWord per word id,
 * read on demand (cg_lexicon_cold(), CgLexTable.cold) for the lists a
 * stage asks about rarely.  Put a list asked about per token below 64. */
#define CG_LEXICON_MAX_LISTS 128
#define CG_LEXICON_HOT_LISTS 64

/* A word of a lexicon's vocabulary, as a lookup finds it.  In the cold
 * tier's copy of a word bit L stands for list CG_LEXICON_HOT_LISTS + L. */
typedef struct {
  guint64 single;  /* bit L: the word alone is a phrase of list L */
  guint64 multi;   /* bit L: the word starts a longer phrase of list L */
  guint32 id;      /* 1..: ids of words in no phrase are 0 */
} CgLexWord;

/* A match: the phrase, its list and its length. */
typedef struct {
  const CgRule *rule;  /* its key=value attributes: cg_rule_attr() */
  guint         id;    /* the phrase, 0..cg_lexicon_size()-1, for a caller's own tables */
  guint         list;
  guint         len;   /* words matched */
} CgLexMatch;

/* Build a lexicon of one list (number 0) from an array of CgRule* (e.g.
 * from cg_rules_entries()).  The rules must outlive the lexicon.  Free with
 * cg_lexicon_free(). */
CgLexicon *cg_lexicon_new (GPtrArray *rules);

/* Build a lexicon of N_LISTS lists, list L from LISTS[L] (an array of
 * CgRule*; NULL is an empty list).  Phrase ids follow list order, then
 * rule order.  The rules must outlive the lexicon.  Free with
 * cg_lexicon_free(). */
CgLexicon *cg_lexicon_new_lists (GPtrArray *const *lists, guint n_lists);
void       cg_lexicon_free (CgLexicon *lexicon);

/* The hash the lookups use, exposed so a tokenizer can hash a word while it
 * folds it: 64-bit little-endian chunks, the last zero-padded, each mixed
 * in with cg_lexicon_hash_step() from CG_LEXICON_HASH_SEED, then
 * cg_lexicon_hash_end().  A word of up to eight bytes costs one step. */
#define CG_LEXICON_HASH_SEED G_GUINT64_CONSTANT (0x243F6A8885A308D3)

static inline guint64
cg_lexicon_hash_step (guint64 h, guint64 chunk)
{
  return (h ^ chunk) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
}

static inline guint32
cg_lexicon_hash_end (guint64 h)
{
  /* the product's high half, its best-mixed bits; the top bit set, so
   * never 0 (an empty slot): the slot index (below 2^31) and the tag's
   * other fifteen bits are those of the product */
  return (guint32) (h >> 32) | 0x80000000u;
}

static inline guint32
cg_lexicon_hash (const char *s, gsize n)
{
  guint64 h = CG_LEXICON_HASH_SEED;
  gsize i = 0;
  for (; i + 8 <= n; i += 8)
    {
      guint64 x;
      memcpy (&x, s + i, 8);
      h = cg_lexicon_hash_step (h, GUINT64_FROM_LE (x));
    }
  if (i < n)
    {
      guint64 c = 0;
      for (gsize k = 0; i + k < n; k++)
        c |= (guint64) (guchar) s[i + k] << (8 * k);
      h = cg_lexicon_hash_step (h, c);
    }
  return cg_lexicon_hash_end (h);
}

/* The vocabulary word WORD (LEN bytes, need not be NUL-terminated; -1:
 * up to its NUL), or NULL when it is in no phrase.  Belongs to the lexicon. */
const CgLexWord *cg_lexicon_word (const CgLexicon *lexicon, const char *word, gssize len);

/* cg_lexicon_word() given the word's cg_lexicon_hash(). */
const CgLexWord *cg_lexicon_word_hashed (const CgLexicon *lexicon, const char *word, gsize len, guint32 hash);

/* cg_lexicon_word_hashed() for a word of at most eight bytes given as its
 * little-endian chunk, the bytes past its end zero (as the hash reads it):
 * no byte of the word is read again. */
const CgLexWord *cg_lexicon_word_chunk (const CgLexicon *lexicon, guint64 chunk, gsize len, guint32 hash);

/* A slot of a lexicon's open-addressing vocabulary table.  Most words a
 * stage looks up are in no phrase: their probe reads only the tag array
 * (16 bits of a slot's hash, 0 when empty), which stays in the first-level
 * cache where the slots would not.  A word is compared by its first eight
 * bytes in the slot first: most words are that short. */
typedef struct {
  guint64     head;  /* the word's first eight bytes as a little-endian chunk, zero-padded */
  const char *word;
  guint32     len;
  guint32     id;
} CgLexSlot;

#define CG_LEX_TAG(h) ((guint16) (((h) >> 16) | 1u))

/* The vocabulary table of a lexicon, for a loop that looks a word up per
 * token without a call (cg_lex_table_chunk()).  Its arrays belong to the
 * lexicon. */
typedef struct {
  const guint16   *tags;   /* tags[hash & mask]: CG_LEX_TAG (hash) of the slot's word, 0 when empty */
  const CgLexSlot *slots;  /* parallel to tags */
  const CgLexWord *bits;   /* per word id; bits[0], the id of no word, is all zero */
  guint32          mask;
} CgLexTable;

void cg_lexicon_table (const CgLexicon *lexicon, CgLexTable *table);

/* cg_lexicon_word_chunk() on the lexicon's table. */
static inline const CgLexWord *
cg_lex_table_chunk (const CgLexTable *table, guint64 chunk, gsize len, guint32 hash)
{
  guint16 tag = CG_LEX_TAG (hash);
  for (guint32 k = hash & table->mask;; k = (k + 1) & table->mask)
    {
      guint16 t = table->tags[k];
      if (t == 0)
        return NULL;
      const CgLexSlot *sl = &table->slots[k];
      if (t == tag && sl->len == len && sl->head == chunk)
        return &table->bits[sl->id];
    }
}

/* The same for a word of more than eight bytes, HEAD its first eight as
 * a chunk: the bytes past them are compared only behind a matching tag,
 * length and head. */
static inline const CgLexWord *
cg_lex_table_word (const CgLexTable *table, const char *word, gsize len, guint64 head, guint32 hash)
{
  guint16 tag = CG_LEX_TAG (hash);
  for (guint32 k = hash & table->mask;; k = (k + 1) & table->mask)
    {
      guint16 t = table->tags[k];
      if (t == 0)
        return NULL;
      const CgLexSlot *sl = &table->slots[k];
      if (t == tag && sl->len == len && sl->head == head && memcmp (sl->word + 8, word + 8, len - 8) == 0)
        return &table->bits[sl->id];
    }
}

/* The cold tier's bits of word ID (0..: 0 and ids of other lexicons'
 * words past this one's vocabulary give all zero): bit L stands for list
 * CG_LEXICON_HOT_LISTS + L.  Belongs to the lexicon. */
const CgLexWord *cg_lexicon_cold (const CgLexicon *lexicon, guint32 id);

/* The cold tier's bits per word id, for a loop that reads them without a
 * call: cg_lexicon_cold() of ids 0..the vocabulary's size.  Belongs to the
 * lexicon. */
const CgLexWord *cg_lexicon_cold_bits (const CgLexicon *lexicon);

/* Whether word W (a lookup's result, or NULL) alone is a phrase of list
 * LIST (SINGLE true) or starts a longer one (SINGLE false), of either tier. */
gboolean cg_lexicon_word_in (const CgLexicon *lexicon, const CgLexWord *w, guint list, gboolean single);

/* cg_lexicon_match_ids() past its inline test, for a list of the hot
 * tier (below CG_LEXICON_HOT_LISTS)... */
gboolean cg_lexicon_match_ids_at (const CgLexicon *lexicon, guint list, const guint32 *ids, guint n,
                                  guint pos, CgLexMatch *m);

/* ...and for one of the cold tier: apart, so that the hot tier's lookups
 * (a constant list nearly always) pay no test for it. */
gboolean cg_lexicon_match_ids_cold (const CgLexicon *lexicon, guint list, const guint32 *ids, guint n,
                                    guint pos, CgLexMatch *m);

/* The longest phrase of list LIST whose word ids equal IDS[POS..N) (ids as
 * cg_lexicon_word() gives them, 0 for a word in no phrase) into *M.
 * Returns FALSE, M untouched, when there is none.  Most words are in no
 * phrase: those are answered without a call. */
static inline gboolean
cg_lexicon_match_ids (const CgLexicon *lexicon, guint list, const guint32 *ids, guint n, guint pos,
                      CgLexMatch *m)
{
  if (pos >= n || ids[pos] == 0)
    return FALSE;
  if (list >= CG_LEXICON_HOT_LISTS)
    return cg_lexicon_match_ids_cold (lexicon, list, ids, n, pos, m);
  return cg_lexicon_match_ids_at (lexicon, list, ids, n, pos, m);
}

/* The same over words (casefolded strings): WORDS[POS..N). */
gboolean cg_lexicon_match_words (const CgLexicon *lexicon, guint list, char *const *words, guint n,
                                 guint pos, CgLexMatch *m);

/* The word count of the longest phrase of list LIST starting with W, 0
 * when there is none: how far a match at W can read. */
guint cg_lexicon_longest (const CgLexicon *lexicon, guint list, const CgLexWord *w);

/* The longest rule of list 0 whose words equal WORDS[POS..] (casefolded
 * words, as produced by g_utf8_casefold), or NULL.  *LEN receives its word
 * count. */
const CgRule *cg_lexicon_match (const CgLexicon *lexicon, char *const *words, guint n_words, guint pos, guint *len);

/* The rule of list 0 whose whole phrase equals PHRASE (casefolded compare),
 * or NULL. */
const CgRule *cg_lexicon_lookup (const CgLexicon *lexicon, const char *phrase);

/* The rule of phrase ID (it belongs to its rule set) and its list in
 * *LIST (may be NULL). */
const CgRule *cg_lexicon_phrase (const CgLexicon *lexicon, guint id, guint *list);

/* The number of distinct phrases (of all lists). */
guint cg_lexicon_size (const CgLexicon *lexicon);

G_END_DECLS

#endif /* CG_RULES_H */
