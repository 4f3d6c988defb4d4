/* rules.c: the rule-file loader and the phrase lexicon.
 *
 * A rule set maps a file name ("cue-verbs") to its entries in file order.
 * Parsing is strict on purpose: a rule file is edited by hand, and a typo
 * that silently drops a cue verb would change every result without a word,
 * so every malformed line is an error naming the file and the line.
 */
#include "cg-rules.h"
#include "cg-model.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  char      *name;
  char      *path;      /* the last file that contributed, for messages */
  GPtrArray *entries;   /* CgRule*, owned */
  GPtrArray *sections;  /* char*, owned, unique */
} RuleFile;

struct _CgRules {
  GHashTable *files;    /* name -> RuleFile* */
  GStringChunk *strings;
};

static void
rule_free (CgRule *r)
{
  g_free (r->phrase);
  g_strfreev (r->words);
  g_strfreev (r->keys);
  g_strfreev (r->values);
  g_free (r);
}

static void
rule_file_free (RuleFile *f)
{
  g_free (f->name);
  g_free (f->path);
  g_ptr_array_unref (f->entries);
  g_ptr_array_unref (f->sections);
  g_free (f);
}

static CgRules *
rules_new (void)
{
  CgRules *rules = g_new0 (CgRules, 1);
  rules->files = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) rule_file_free);
  rules->strings = g_string_chunk_new (4096);
  return rules;
}

void
cg_rules_free (CgRules *rules)
{
  if (rules == NULL)
    return;
  g_hash_table_unref (rules->files);
  g_string_chunk_free (rules->strings);
  g_free (rules);
}

static RuleFile *
rule_file_get (CgRules *rules, const char *name, const char *path)
{
  RuleFile *f = g_hash_table_lookup (rules->files, name);
  if (f == NULL)
    {
      f = g_new0 (RuleFile, 1);
      f->name = g_strdup (name);
      f->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) rule_free);
      f->sections = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (rules->files, f->name, f);
    }
  g_free (f->path);
  f->path = g_strdup (path);
  return f;
}

static void
note_section (RuleFile *f, const char *section)
{
  for (guint i = 0; i < f->sections->len; i++)
    if (strcmp (g_ptr_array_index (f->sections, i), section) == 0)
      return;
  g_ptr_array_add (f->sections, g_strdup (section));
}

/* Split a phrase into casefolded words.  Blanks separate words; everything
 * else (hyphens, dots, apostrophes) stays inside the word, the way the
 * segmenter's tokens keep them. */
static char **
phrase_words (const char *phrase, guint *n)
{
  char *folded = g_utf8_casefold (phrase, -1);
  char **parts = g_strsplit_set (folded, " \t", -1);
  GPtrArray *words = g_ptr_array_new ();
  for (char **p = parts; *p; p++)
    if (**p)
      g_ptr_array_add (words, g_strdup (*p));
  *n = words->len;
  g_ptr_array_add (words, NULL);
  g_strfreev (parts);
  g_free (folded);
  return (char **) g_ptr_array_free (words, FALSE);
}

gboolean
cg_rules_fail (GError **error, const char *path, guint line, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  g_set_error (error, CG_ERROR, CG_ERROR_RULES, "%s:%u: %s", path, line, msg);
  g_free (msg);
  return FALSE;
}

static gboolean
parse_attrs (const char *text, CgRule *rule, const char *path, guint line, GError **error)
{
  GPtrArray *keys = g_ptr_array_new ();
  GPtrArray *values = g_ptr_array_new ();
  char **parts = g_strsplit (text, ",", -1);
  gboolean ok = TRUE;
  for (char **p = parts; *p; p++)
    {
      char *item = g_strstrip (*p);
      if (*item == '\0')
        continue;
      char *eq = strchr (item, '=');
      if (eq == NULL || eq == item)
        {
          ok = cg_rules_fail (error, path, line, "attribute \"%s\" is not of the form key=value", item);
          break;
        }
      *eq = '\0';
      g_ptr_array_add (keys, g_strdup (g_strstrip (item)));
      g_ptr_array_add (values, g_strdup (g_strstrip (eq + 1)));
    }
  g_strfreev (parts);
  g_ptr_array_add (keys, NULL);
  g_ptr_array_add (values, NULL);
  rule->keys = (char **) g_ptr_array_free (keys, FALSE);
  rule->values = (char **) g_ptr_array_free (values, FALSE);
  return ok;
}

/* Parse TEXT into F.  On error nothing is added to F. */
static gboolean
parse_into (CgRules *rules, RuleFile *f, const char *path, const char *text, gsize len,
            gboolean *replace, GError **error)
{
  const char *end = NULL;
  if (!g_utf8_validate (text, len, &end))
    {
      guint line = 1;
      for (const char *p = text; p < end; p++)
        line += (*p == '\n');
      return cg_rules_fail (error, path, line, "invalid UTF-8 at byte %" G_GSIZE_FORMAT, (gsize) (end - text));
    }
  if (memchr (text, '\0', len) != NULL)
    return cg_rules_fail (error, path, 1, "the file holds a NUL byte: not a text rule file");

  GPtrArray *added = g_ptr_array_new ();
  const char *section = g_string_chunk_insert_const (rules->strings, "");
  const char *cpath = g_string_chunk_insert_const (rules->strings, path);
  char *copy = g_strndup (text, len);
  char **lines = g_strsplit (copy, "\n", -1);
  gboolean ok = TRUE;
  gboolean seen_entry = FALSE;
  *replace = FALSE;

  for (guint i = 0; lines[i] && ok; i++)
    {
      guint lineno = i + 1;
      char *ln = g_strstrip (lines[i]); /* also drops a CR */
      if (i == 0 && g_str_has_prefix (ln, "\xEF\xBB\xBF"))
        ln = g_strstrip (ln + 3);
      if (*ln == '\0' || *ln == '#')
        continue;
      if (*ln == '@')
        {
          if (strcmp (ln, "@replace") != 0)
            ok = cg_rules_fail (error, path, lineno, "unknown directive \"%s\" (only @replace exists)", ln);
          else if (seen_entry)
            ok = cg_rules_fail (error, path, lineno, "@replace must come before the first entry");
          else
            *replace = TRUE;
          continue;
        }
      if (*ln == '[')
        {
          gsize l = strlen (ln);
          if (l < 3 || ln[l - 1] != ']')
            {
              ok = cg_rules_fail (error, path, lineno, "section header \"%s\" is not of the form [name]", ln);
              continue;
            }
          ln[l - 1] = '\0';
          char *name = g_strstrip (ln + 1);
          if (*name == '\0' || strpbrk (name, "[]") != NULL)
            {
              ok = cg_rules_fail (error, path, lineno, "bad section name \"%s\"", name);
              continue;
            }
          section = g_string_chunk_insert_const (rules->strings, name);
          continue;
        }

      CgRule *rule = g_new0 (CgRule, 1);
      rule->section = section;
      rule->file = cpath;
      rule->line = lineno;
      /* " ;" starts the attributes, so a phrase may hold a bare ';'. */
      char *semi = (ln[0] == ';') ? ln : strstr (ln, " ;");
      char *eqset = strstr (ln, " = ");
      if (eqset == NULL && g_str_has_suffix (ln, " ="))
        eqset = ln + strlen (ln) - 2; /* "name =" with no value: reported below */
      if (semi)
        {
          *semi = '\0';
          char *phrase = g_strstrip (ln);
          if (*phrase == '\0')
            {
              ok = cg_rules_fail (error, path, lineno, "an entry with attributes but no phrase");
              rule_free (rule);
              continue;
            }
          rule->phrase = g_strdup (phrase);
          const char *attrs = semi + 1;
          while (*attrs == ';' || *attrs == ' ')
            attrs++;
          if (!parse_attrs (attrs, rule, path, lineno, error))
            {
              ok = FALSE;
              rule_free (rule);
              continue;
            }
        }
      else if (eqset)
        {
          gboolean has_value = eqset[2] != '\0';
          *eqset = '\0';
          char *key = g_strstrip (ln);
          char *value = has_value ? g_strstrip (eqset + 3) : eqset + 2;
          if (*key == '\0' || *value == '\0')
            {
              ok = cg_rules_fail (error, path, lineno, "a setting needs a name and a value: \"name = value\"");
              rule_free (rule);
              continue;
            }
          rule->phrase = g_strdup (key);
          rule->keys = g_new0 (char *, 2);
          rule->values = g_new0 (char *, 2);
          rule->keys[0] = g_strdup ("value");
          rule->values[0] = g_strdup (value);
        }
      else
        {
          rule->phrase = g_strdup (ln);
          rule->keys = g_new0 (char *, 1);
          rule->values = g_new0 (char *, 1);
        }
      rule->words = phrase_words (rule->phrase, &rule->n_words);
      cg_rule_index_keys (rule);
      if (rule->n_words == 0)
        {
          ok = cg_rules_fail (error, path, lineno, "empty phrase");
          rule_free (rule);
          continue;
        }
      seen_entry = TRUE;
      g_ptr_array_add (added, rule);
    }

  g_strfreev (lines);
  g_free (copy);
  if (!ok)
    {
      g_ptr_array_set_free_func (added, (GDestroyNotify) rule_free);
      g_ptr_array_unref (added);
      return FALSE;
    }
  if (*replace)
    g_ptr_array_set_size (f->entries, 0);
  for (guint i = 0; i < added->len; i++)
    {
      CgRule *r = g_ptr_array_index (added, i);
      note_section (f, r->section);
      g_ptr_array_add (f->entries, r);
    }
  g_ptr_array_unref (added);
  return TRUE;
}

/* g_ptr_array_sort passes pointers to the elements. */
static gint
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static gboolean
load_dir (CgRules *rules, const char *dir, gboolean is_default, GError **error)
{
  GError *local = NULL;
  GDir *d = g_dir_open (dir, 0, &local);
  if (d == NULL)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_RULES, "%s: cannot open rule directory: %s",
                   dir, local->message);
      g_error_free (local);
      return FALSE;
    }
  /* Sorted, so that a set of files loads the same way on every machine. */
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *n;
  while ((n = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (n, ".rules"))
      g_ptr_array_add (names, g_strdup (n));
  g_dir_close (d);
  g_ptr_array_sort (names, compare_names);
  gboolean ok = TRUE;
  for (guint i = 0; i < names->len && ok; i++)
    {
      const char *fname = g_ptr_array_index (names, i);
      char *path = g_build_filename (dir, fname, NULL);
      char *text = NULL;
      gsize len = 0;
      if (!g_file_get_contents (path, &text, &len, &local))
        {
          g_set_error (error, CG_ERROR, CG_ERROR_RULES, "%s: %s", path, local->message);
          g_clear_error (&local);
          ok = FALSE;
        }
      else
        {
          char *name = g_strndup (fname, strlen (fname) - strlen (".rules"));
          gboolean replace;
          RuleFile *f = rule_file_get (rules, name, path);
          ok = parse_into (rules, f, path, text, len, &replace, error);
          if (ok && replace && is_default)
            ok = cg_rules_fail (error, path, 1, "@replace belongs in a user rule file, not in the defaults");
          g_free (name);
        }
      g_free (text);
      g_free (path);
    }
  g_ptr_array_unref (names);
  return ok;
}

CgRules *
cg_rules_load_dirs (const char *default_dir, const char *user_dir, GError **error)
{
  CgRules *rules = rules_new ();
  if (!load_dir (rules, default_dir, TRUE, error)
      || (user_dir && *user_dir && !load_dir (rules, user_dir, FALSE, error)))
    {
      cg_rules_free (rules);
      return NULL;
    }
  return rules;
}

const char *
cg_rules_default_dir (void)
{
  const char *env = g_getenv ("CLAIMGRAPH_DEFAULT_RULES");
  if (env && *env)
    return env;
#ifdef CG_RULES_SRCDIR
  if (g_file_test (CG_RULES_SRCDIR "/cue-verbs.rules", G_FILE_TEST_EXISTS))
    return CG_RULES_SRCDIR;
#endif
#ifdef CG_RULES_DIR
  return CG_RULES_DIR;
#else
  return "rules";
#endif
}

CgRules *
cg_rules_load (const char *user_dir, GError **error)
{
  if (user_dir == NULL)
    user_dir = g_getenv ("CLAIMGRAPH_RULES");
  return cg_rules_load_dirs (cg_rules_default_dir (), user_dir, error);
}

CgRules *
cg_rules_parse (const char *name, const char *path, const char *text, gsize len, GError **error)
{
  CgRules *rules = rules_new ();
  gboolean replace;
  RuleFile *f = rule_file_get (rules, name, path);
  if (!parse_into (rules, f, path, text, len, &replace, error))
    {
      cg_rules_free (rules);
      return NULL;
    }
  return rules;
}

gboolean
cg_rules_require (CgRules *rules, const char *name, GError **error)
{
  if (g_hash_table_contains (rules->files, name))
    return TRUE;
  g_set_error (error, CG_ERROR, CG_ERROR_RULES,
               "%s/%s.rules: required rule file is missing", cg_rules_default_dir (), name);
  return FALSE;
}

static GPtrArray *
empty_array (void)
{
  static GPtrArray *empty;
  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, g_ptr_array_new ());
  return empty;
}

GPtrArray *
cg_rules_entries (CgRules *rules, const char *name, const char *section)
{
  RuleFile *f = g_hash_table_lookup (rules->files, name);
  if (f == NULL)
    return empty_array ();
  if (section == NULL)
    return f->entries;
  /* Per-section views are cached as pseudo files "name\x1fsection". */
  char *key = g_strconcat (name, "\x1f", section, NULL);
  RuleFile *view = g_hash_table_lookup (rules->files, key);
  if (view == NULL)
    {
      view = g_new0 (RuleFile, 1);
      view->name = key;
      view->path = g_strdup (f->path);
      view->entries = g_ptr_array_new ();
      view->sections = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < f->entries->len; i++)
        {
          CgRule *r = g_ptr_array_index (f->entries, i);
          if (strcmp (r->section, section) == 0)
            g_ptr_array_add (view->entries, r);
        }
      g_hash_table_insert (rules->files, view->name, view);
    }
  else
    g_free (key);
  return view->entries;
}

GPtrArray *
cg_rules_sections (CgRules *rules, const char *name)
{
  GPtrArray *out = g_ptr_array_new ();
  RuleFile *f = g_hash_table_lookup (rules->files, name);
  if (f)
    for (guint i = 0; i < f->sections->len; i++)
      g_ptr_array_add (out, g_ptr_array_index (f->sections, i));
  return out;
}

void
cg_rule_index_keys (CgRule *rule)
{
  guint32 bits = 1u;
  for (guint i = 0; rule->keys && rule->keys[i]; i++)
    if (rule->keys[i][0])
      bits |= cg_rule_key_bit (rule->keys[i]);
  rule->key_bits = bits;
}

const char *
cg_rule_attr_find (const CgRule *rule, const char *key)
{
  /* the first byte tells most keys apart without a call to strcmp (the
   * extractor asks several attributes of every match) */
  for (guint i = 0; rule->keys && rule->keys[i]; i++)
    if (rule->keys[i][0] == key[0] && strcmp (rule->keys[i], key) == 0)
      return rule->values[i];
  return NULL;
}

const CgRule *
cg_rules_setting (CgRules *rules, const char *name, const char *key)
{
  GPtrArray *entries = cg_rules_entries (rules, name, NULL);
  /* The last setting wins, so a user file's setting overrides the default. */
  for (guint i = entries->len; i-- > 0;)
    {
      const CgRule *r = g_ptr_array_index (entries, i);
      if (strcmp (r->phrase, key) == 0 && cg_rule_attr (r, "value"))
        return r;
    }
  return NULL;
}

const char *
cg_rules_string (CgRules *rules, const char *name, const char *key)
{
  const CgRule *r = cg_rules_setting (rules, name, key);
  return r ? cg_rule_attr (r, "value") : NULL;
}

void
cg_rules_add_words (GHashTable *set, CgRules *rules, const char *name, const char *section)
{
  GPtrArray *entries = cg_rules_entries (rules, name, section);
  for (guint i = 0; i < entries->len; i++)
    {
      const CgRule *r = g_ptr_array_index (entries, i);
      if (r->n_words == 1)
        g_hash_table_add (set, r->words[0]);
    }
}

GHashTable *
cg_rules_word_set (CgRules *rules, const char *name, const char *section)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);
  cg_rules_add_words (set, rules, name, section);
  return set;
}

GHashTable *
cg_rules_phrase_set (CgRules *rules, const char *name, const char *section)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *entries = cg_rules_entries (rules, name, section);
  for (guint i = 0; i < entries->len; i++)
    g_hash_table_add (set, g_utf8_casefold (((CgRule *) g_ptr_array_index (entries, i))->phrase, -1));
  return set;
}

double
cg_rules_number (CgRules *rules, const char *name, const char *key, double fallback)
{
  const char *v = cg_rules_string (rules, name, key);
  if (v == NULL)
    return fallback;
  char *end = NULL;
  double d = g_ascii_strtod (v, &end);
  if (end == v || *end != '\0')
    return fallback;
  return d;
}

/* ---- lexicon ------------------------------------------------------------ */

/* The vocabulary's open-addressing table is CgLexSlot and the tag array
 * of cg-rules.h (CgLexTable), so a caller's hot loop can probe it inline. */
typedef CgLexSlot LexSlot;
#define LEX_TAG(h) CG_LEX_TAG (h)

typedef struct {
  const CgRule *rule;
  guint32       list;
  guint32       n_words;
  guint32       ids;      /* its word ids: lex->ids[ids .. ids + n_words) */
} LexPhrase;

struct _CgLexicon {
  guint16    *tags;       /* tags[hash & mask]: LEX_TAG (hash) of the slot's word, 0 when empty */
  LexSlot    *slots;      /* parallel to tags */
  guint32     mask;
  char      **words;      /* per word id: the word, owned (index 0 unused) */
  guint32    *first;      /* per word id: its phrases are starts[first[id] .. first[id + 1]) */
  CgLexWord  *bits;       /* per word id: its lists of the hot tier (0..63), as the slot has them */
  CgLexWord  *cold;       /* per word id: its lists of the cold tier (64..), bit L for list 64 + L */
  guint32    *one_base;   /* per word id: its one-word phrases are one[one_base[id] ..], a list
                             L at the rank of bit L among the word's single bits (the cold
                             tier's after all of the hot tier's) */
  guint32    *one;
  guint32    *starts;     /* phrase indices by first word, then list, then longest first, then rule order */
  LexPhrase  *phrases;
  guint32    *ids;
  guint       n_words;    /* word ids 1..n_words */
  guint       n_phrases;
  guint       n_lists;
};

/* The first eight bytes of S (N bytes) as a little-endian chunk, zero-padded. */
static inline guint64
head_chunk (const char *s, gsize n)
{
  guint64 c = 0;
  for (gsize k = 0; k < n && k < 8; k++)
    c |= (guint64) (guchar) s[k] << (8 * k);
  return c;
}

void
cg_lexicon_table (const CgLexicon *lex, CgLexTable *table)
{
  table->tags = lex->tags;
  table->slots = lex->slots;
  table->bits = lex->bits;
  table->mask = lex->mask;
}

const CgLexWord *
cg_lexicon_cold_bits (const CgLexicon *lex)
{
  return lex->cold;
}

const CgLexWord *
cg_lexicon_cold (const CgLexicon *lex, guint32 id)
{
  return &lex->cold[id <= lex->n_words ? id : 0];
}

const CgLexWord *
cg_lexicon_word_chunk (const CgLexicon *lex, guint64 chunk, gsize len, guint32 h)
{
  CgLexTable table;
  cg_lexicon_table (lex, &table);
  return cg_lex_table_chunk (&table, chunk, len, h);
}

const CgLexWord *
cg_lexicon_word_hashed (const CgLexicon *lex, const char *word, gsize len, guint32 h)
{
  guint16 tag = LEX_TAG (h);
  for (guint32 k = h & lex->mask;; k = (k + 1) & lex->mask)
    {
      guint16 t = lex->tags[k];
      if (t == 0)
        return NULL;
      const LexSlot *sl = &lex->slots[k];
      /* the bytes are compared only behind a matching tag and length: rare for a miss */
      if (t == tag && sl->len == len && memcmp (sl->word, word, len) == 0)
        return &lex->bits[sl->id];
    }
}

const CgLexWord *
cg_lexicon_word (const CgLexicon *lex, const char *word, gssize len)
{
  gsize n = len < 0 ? strlen (word) : (gsize) len;
  return cg_lexicon_word_hashed (lex, word, n, cg_lexicon_hash (word, n));
}

static gint
phrase_order (gconstpointer a, gconstpointer b, gpointer data)
{
  const LexPhrase *ph = data;
  guint32 i = *(const guint32 *) a, j = *(const guint32 *) b;
  const LexPhrase *x = &ph[i], *y = &ph[j];
  if (x->list != y->list)
    return x->list < y->list ? -1 : 1;
  if (x->n_words != y->n_words)
    return x->n_words > y->n_words ? -1 : 1;
  return i < j ? -1 : i > j;
}

CgLexicon *
cg_lexicon_new_lists (GPtrArray *const *lists, guint n_lists)
{
  g_return_val_if_fail (n_lists <= CG_LEXICON_MAX_LISTS, NULL);
  CgLexicon *lex = g_new0 (CgLexicon, 1);
  lex->n_lists = n_lists;
  GHashTable *vocab = g_hash_table_new (g_str_hash, g_str_equal);   /* word -> GUINT id */
  GHashTable *seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *words = g_ptr_array_new ();
  g_ptr_array_add (words, NULL);
  GArray *phrases = g_array_new (FALSE, FALSE, sizeof (LexPhrase));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  GString *key = g_string_new (NULL);
  for (guint l = 0; l < n_lists; l++)
    for (guint i = 0; lists[l] && i < lists[l]->len; i++)
      {
        const CgRule *r = g_ptr_array_index (lists[l], i);
        if (r->n_words == 0)
          continue;
        /* The first rule of some words wins; later duplicates are redundant. */
        g_string_printf (key, "%u", l);
        for (guint k = 0; k < r->n_words; k++)
          {
            g_string_append_c (key, ' ');
            g_string_append (key, r->words[k]);
          }
        if (g_hash_table_contains (seen, key->str))
          continue;
        g_hash_table_add (seen, g_strdup (key->str));
        LexPhrase ph = { r, l, r->n_words, ids->len };
        for (guint k = 0; k < r->n_words; k++)
          {
            guint32 id = GPOINTER_TO_UINT (g_hash_table_lookup (vocab, r->words[k]));
            if (id == 0)
              {
                id = words->len;
                g_ptr_array_add (words, g_strdup (r->words[k]));
                g_hash_table_insert (vocab, g_ptr_array_index (words, id), GUINT_TO_POINTER (id));
              }
            g_array_append_val (ids, id);
          }
        g_array_append_val (phrases, ph);
      }
  g_string_free (key, TRUE);
  g_hash_table_unref (seen);
  lex->n_words = words->len - 1;
  lex->n_phrases = phrases->len;
  lex->words = (char **) g_ptr_array_free (words, FALSE);
  lex->phrases = (LexPhrase *) (void *) g_array_free (phrases, FALSE);
  lex->ids = (guint32 *) (void *) g_array_free (ids, FALSE);

  /* starts: the phrases grouped by first word */
  lex->first = g_new0 (guint32, lex->n_words + 2);
  for (guint i = 0; i < lex->n_phrases; i++)
    lex->first[lex->ids[lex->phrases[i].ids] + 1]++;
  for (guint w = 1; w <= lex->n_words + 1; w++)
    lex->first[w] += lex->first[w - 1];
  lex->starts = g_new (guint32, lex->n_phrases + 1);
  guint32 *fill = g_memdup2 (lex->first, sizeof (guint32) * (lex->n_words + 2));
  for (guint i = 0; i < lex->n_phrases; i++)
    lex->starts[fill[lex->ids[lex->phrases[i].ids]]++] = i;
  g_free (fill);
  for (guint w = 1; w <= lex->n_words; w++)
    g_qsort_with_data (lex->starts + lex->first[w], (gint) (lex->first[w + 1] - lex->first[w]),
                       sizeof (guint32), phrase_order, lex->phrases);

  /* the lists of each word, and its one-word phrases by list (the phrases
   * of a word are in list order, at most one of one word per list) */
  lex->bits = g_new0 (CgLexWord, lex->n_words + 1);
  lex->cold = g_new0 (CgLexWord, lex->n_words + 1);
  lex->one_base = g_new0 (guint32, lex->n_words + 1);
  lex->one = g_new (guint32, lex->n_phrases + 1);
  guint32 n_one = 0;
  for (guint w = 1; w <= lex->n_words; w++)
    {
      lex->bits[w].id = w;
      lex->cold[w].id = w;
      lex->one_base[w] = n_one;
      for (guint32 s = lex->first[w]; s < lex->first[w + 1]; s++)
        {
          const LexPhrase *ph = &lex->phrases[lex->starts[s]];
          CgLexWord *b = ph->list < CG_LEXICON_HOT_LISTS ? &lex->bits[w] : &lex->cold[w];
          guint64 bit = G_GUINT64_CONSTANT (1) << (ph->list % CG_LEXICON_HOT_LISTS);
          if (ph->n_words == 1)
            {
              b->single |= bit;
              lex->one[n_one++] = lex->starts[s];
            }
          else
            b->multi |= bit;
        }
    }

  /* the slot table, at most a quarter full: most words of a text are in
   * no phrase, and a miss probes until an empty slot */
  guint32 size = 64;
  while (size < 4 * lex->n_words + 4)
    size *= 2;
  lex->mask = size - 1;
  lex->tags = g_new0 (guint16, size);
  lex->slots = g_new0 (LexSlot, size);
  for (guint w = 1; w <= lex->n_words; w++)
    {
      const char *word = lex->words[w];
      gsize n = strlen (word);
      guint32 h = cg_lexicon_hash (word, n);
      guint32 k = h & lex->mask;
      while (lex->tags[k])
        k = (k + 1) & lex->mask;
      LexSlot *sl = &lex->slots[k];
      lex->tags[k] = LEX_TAG (h);
      sl->word = word;
      sl->len = (guint32) n;
      sl->head = head_chunk (word, n);
      sl->id = w;
    }
  g_hash_table_unref (vocab);
  return lex;
}

CgLexicon *
cg_lexicon_new (GPtrArray *rules)
{
  return cg_lexicon_new_lists (&rules, 1);
}

void
cg_lexicon_free (CgLexicon *lex)
{
  if (lex == NULL)
    return;
  for (guint w = 1; w <= lex->n_words; w++)
    g_free (lex->words[w]);
  g_free (lex->words);
  g_free (lex->first);
  g_free (lex->bits);
  g_free (lex->cold);
  g_free (lex->one_base);
  g_free (lex->one);
  g_free (lex->starts);
  g_free (lex->phrases);
  g_free (lex->ids);
  g_free (lex->tags);
  g_free (lex->slots);
  g_free (lex);
}

guint
cg_lexicon_size (const CgLexicon *lex)
{
  return lex->n_phrases;
}

const CgRule *
cg_lexicon_phrase (const CgLexicon *lex, guint id, guint *list)
{
  g_return_val_if_fail (id < lex->n_phrases, NULL);
  if (list)
    *list = lex->phrases[id].list;
  return lex->phrases[id].rule;
}

/* The set bits of X, without a library call where the target has no
 * popcount instruction. */
static inline guint32
bit_count (guint64 x)
{
  x = x - ((x >> 1) & G_GUINT64_CONSTANT (0x5555555555555555));
  x = (x & G_GUINT64_CONSTANT (0x3333333333333333)) + ((x >> 2) & G_GUINT64_CONSTANT (0x3333333333333333));
  x = (x + (x >> 4)) & G_GUINT64_CONSTANT (0x0F0F0F0F0F0F0F0F);
  return (guint32) ((x * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56);
}

static inline void
set_match (const CgLexicon *lex, guint32 p, CgLexMatch *m)
{
  const LexPhrase *ph = &lex->phrases[p];
  m->rule = ph->rule;
  m->id = p;
  m->list = ph->list;
  m->len = ph->n_words;
}

guint
cg_lexicon_longest (const CgLexicon *lex, guint list, const CgLexWord *w)
{
  for (guint32 s = lex->first[w->id]; s < lex->first[w->id + 1]; s++)
    {
      const LexPhrase *ph = &lex->phrases[lex->starts[s]];
      if (ph->list == list)
        return ph->n_words;
      if (ph->list > list)
        break;
    }
  return 0;
}

/* The phrases of list LIST that start with word W and go on as the tokens
 * after POS do: as ids (IDS) or as folded words (WORDS), one of the two
 * non-NULL.  Phrases are sorted by list, so the search stops past LIST. */
static gboolean
match_phrases (const CgLexicon *lex, guint list, guint32 w, const guint32 *ids, char *const *words, guint n,
               guint pos, CgLexMatch *m)
{
  for (guint32 s = lex->first[w]; s < lex->first[w + 1]; s++)
    {
      guint32 p = lex->starts[s];
      const LexPhrase *ph = &lex->phrases[p];
      if (ph->list != list)
        {
          if (ph->list > list)
            return FALSE;
          continue;
        }
      if (ph->n_words > n - pos)
        continue;
      const guint32 *want = lex->ids + ph->ids;
      guint k = 1;
      if (ids)
        while (k < ph->n_words && want[k] == ids[pos + k])
          k++;
      else
        while (k < ph->n_words && strcmp (lex->words[want[k]], words[pos + k]) == 0)
          k++;
      if (k == ph->n_words)
        {
          set_match (lex, p, m);
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
cg_lexicon_word_in (const CgLexicon *lex, const CgLexWord *w, guint list, gboolean single)
{
  if (w == NULL || list >= lex->n_lists)
    return FALSE;
  if (list >= CG_LEXICON_HOT_LISTS)
    {
      w = &lex->cold[w->id];
      list -= CG_LEXICON_HOT_LISTS;
    }
  return ((single ? w->single : w->multi) >> list) & 1;
}

gboolean
cg_lexicon_match_ids_at (const CgLexicon *lex, guint list, const guint32 *ids, guint n, guint pos, CgLexMatch *m)
{
  if (pos >= n || ids[pos] == 0 || ids[pos] > lex->n_words)
    return FALSE;
  guint32 w = ids[pos];
  const CgLexWord *b = &lex->bits[w];
  if (n - pos == 1 || !((b->multi >> list) & 1))
    {
      /* only the one-word phrase can match: no search */
      if (!((b->single >> list) & 1))
        return FALSE;
      guint64 below = b->single & ((G_GUINT64_CONSTANT (1) << list) - 1);
      set_match (lex, lex->one[lex->one_base[w] + bit_count (below)], m);
      return TRUE;
    }
  return match_phrases (lex, list, w, ids, NULL, n, pos, m);
}

gboolean
cg_lexicon_match_ids_cold (const CgLexicon *lex, guint list, const guint32 *ids, guint n, guint pos, CgLexMatch *m)
{
  if (pos >= n || ids[pos] == 0 || ids[pos] > lex->n_words || list >= lex->n_lists)
    return FALSE;
  guint32 w = ids[pos];
  const CgLexWord *b = &lex->cold[w];
  guint bit = list - CG_LEXICON_HOT_LISTS;
  if (n - pos == 1 || !((b->multi >> bit) & 1))
    {
      if (!((b->single >> bit) & 1))
        return FALSE;
      /* the cold tier's one-word phrases come after all of the hot tier's */
      guint64 below = b->single & ((G_GUINT64_CONSTANT (1) << bit) - 1);
      set_match (lex, lex->one[lex->one_base[w] + bit_count (lex->bits[w].single) + bit_count (below)], m);
      return TRUE;
    }
  return match_phrases (lex, list, w, ids, NULL, n, pos, m);
}

gboolean
cg_lexicon_match_words (const CgLexicon *lex, guint list, char *const *words, guint n, guint pos, CgLexMatch *m)
{
  if (pos >= n)
    return FALSE;
  const CgLexWord *lw = cg_lexicon_word (lex, words[pos], -1);
  if (!cg_lexicon_word_in (lex, lw, list, TRUE) && !cg_lexicon_word_in (lex, lw, list, FALSE))
    return FALSE;
  guint32 w = lw->id;
  if (n - pos == 1 || !cg_lexicon_word_in (lex, lw, list, FALSE))
    return cg_lexicon_match_ids (lex, list, &w, 1, 0, m);
  return match_phrases (lex, list, w, NULL, words, n, pos, m);
}

const CgRule *
cg_lexicon_match (const CgLexicon *lex, char *const *words, guint n_words, guint pos, guint *len)
{
  CgLexMatch m;
  if (!cg_lexicon_match_words (lex, 0, words, n_words, pos, &m))
    return NULL;
  if (len)
    *len = m.len;
  return m.rule;
}

const CgRule *
cg_lexicon_lookup (const CgLexicon *lex, const char *phrase)
{
  CgLexMatch m;
  /* An ASCII phrase (nearly every one: the claim views ask a word at a
   * time) is split and lowered on the stack: the same words as
   * phrase_words() gives (casefolding ASCII lowers A-Z only), without its
   * five allocations per call (the linker's comparing thread spent a
   * quarter of making claim views here). */
  char buf[128];
  char *ws[16];
  guint n = 0, len = 0;
  gboolean ascii = TRUE;
  for (const char *p = phrase; *p && ascii; p++, len++)
    ascii = !((guchar) *p & 0x80) && len + 1 < sizeof buf;
  if (ascii)
    {
      for (guint i = 0; i <= len; i++)
        buf[i] = g_ascii_tolower (phrase[i]);
      for (char *p = buf; *p && ascii;)
        {
          while (*p == ' ' || *p == '\t')
            *p++ = '\0';
          if (*p == '\0')
            break;
          if (n + 1 == G_N_ELEMENTS (ws))
            ascii = FALSE;
          else
            ws[n++] = p;
          while (*p && *p != ' ' && *p != '\t')
            p++;
        }
    }
  if (ascii)
    {
      ws[n] = NULL;
      return cg_lexicon_match_words (lex, 0, ws, n, 0, &m) && m.len == n ? m.rule : NULL;
    }
  char **words = phrase_words (phrase, &n);
  const CgRule *r = cg_lexicon_match_words (lex, 0, words, n, 0, &m) && m.len == n ? m.rule : NULL;
  g_strfreev (words);
  return r;
}
