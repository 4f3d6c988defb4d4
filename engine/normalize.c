/* normalize.c: assertion text reduced to comparable tokens (see cg-normalize.h).
 *
 * The steps, in order: split into words folding Unicode quotes, dashes,
 * case and accents; cut clitics ("Trump's"); fold spelling variants;
 * mark negation cues; read numbers with their scale and currency as one
 * value; mark stopwords; stem; fold synonyms to their head.  Everything
 * language-specific comes from the rule files.
 */
#include "cg-normalize.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PHRASE 6   /* longest synonym phrase tried, in words */
#define DASH 0xE000    /* private-use code point standing for a dash */

struct _CgNormalizer {
  CgRules            *rules;
  struct sb_stemmer  *stemmer;
  GHashTable         *stopwords;   /* casefolded word -> itself (rule-owned) */
  CgLexicon          *variants;
  CgLexicon          *upper_variants; /* apply only to words in capitals */
  CgLexicon          *negations;   /* negation words and refutation phrases */
  CgLexicon          *not_negations; /* "no doubt", "not only": look negative, are not */
  guint               scope;
  GHashTable         *scope_breaks; /* words that end a negation's scope */
  GHashTable         *answers;      /* cues that deny everything when nothing follows */
  GHashTable         *open_heads;   /* stems: "not known", "did not establish" leave it open */
  GPtrArray          *neg_suffixes; /* const char* */
  GPtrArray          *clitics;      /* const char* */
  CgLexicon          *scales;
  CgLexicon          *currencies;
  GHashTable         *synonyms;     /* "stem stem" -> head stem (owned) */
  GHashTable         *synonym_starts; /* first stems of the synonym phrases (owned) */
  GHashTable         *stems;        /* word -> its Snowball stem (both owned): words repeat */
  guint               max_synonym;  /* words in the longest synonym phrase */
  CgNormalizer       *model;        /* set: the tables are MODEL's, only stemmer and stems its own */
};

static char *stem_raw (CgNormalizer *n, const char *word);

/* A word as split from the text, before normalization. */
typedef struct {
  char    *w;        /* casefolded, accents stripped */
  gboolean cap;
  gboolean initial;  /* first word of a sentence */
  gboolean symbol;   /* a currency or percent sign */
  gboolean brk;      /* clause punctuation before it */
  gboolean upper;    /* written all in capitals ("US") */
} RawWord;

static void
raw_word_clear (gpointer p)
{
  g_free (((RawWord *) p)->w);
}

static void
norm_token_clear (gpointer p)
{
  CgNormToken *t = p;
  g_free (t->word);
  if (t->concept != t->stem)
    g_free (t->concept);
  g_free (t->stem);
}

/* ---- splitting ---------------------------------------------------------- */

static gunichar
fold_char (gunichar c)
{
  switch (c)
    {
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x02BC: case 0x0060: case 0x00B4:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return '"';
    case 0x2010: case 0x2011:
      return '-';
    case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return DASH;      /* a dash between words sets off a clause */
    case 0x2026:
      return ' ';
    case 0x00A0: case 0x202F: case 0x2009:
      return ' ';
    default:
      return c;
    }
}

static gboolean
is_symbol (gunichar c)
{
  return c == '$' || c == 0x00A3 || c == 0x20AC || c == 0x00A5 || c == '%';
}

/* The character classes split_words() asks about, ASCII answered inline:
 * most text is ASCII, and these are most of its calls. */
static inline gboolean
u_isalnum (gunichar c)
{
  return c < 0x80 ? g_ascii_isalnum ((char) c) : g_unichar_isalnum (c);
}

static inline gboolean
u_isalpha (gunichar c)
{
  return c < 0x80 ? g_ascii_isalpha ((char) c) : g_unichar_isalpha (c);
}

static inline gboolean
u_isdigit (gunichar c)
{
  return c < 0x80 ? g_ascii_isdigit ((char) c) : g_unichar_isdigit (c);
}

/* Casefold and strip accents, so "Exposé" and "expose" meet. */
static char *
fold_word (const char *s, gssize len)
{
  gsize n = len < 0 ? strlen (s) : (gsize) len, i;
  for (i = 0; i < n && !((guchar) s[i] & 0x80); i++)
    ;
  if (i == n)   /* ASCII: nothing to strip, case folds byte by byte */
    {
      char *out = g_malloc (n + 1);
      for (i = 0; i < n; i++)
        out[i] = g_ascii_tolower (s[i]);
      out[n] = '\0';
      return out;
    }
  char *folded = g_utf8_casefold (s, len);
  char *nfd = g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
  g_free (folded);
  if (nfd == NULL)
    return g_strndup (s, len < 0 ? strlen (s) : (gsize) len);
  GString *out = g_string_sized_new (strlen (nfd));
  for (const char *p = nfd; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_ismark (c))
        g_string_append_unichar (out, c);
    }
  g_free (nfd);
  return g_string_free (out, FALSE);
}

/* Split TEXT into words.  A word is a run of letters and digits holding the
 * apostrophes between letters ("don't"), the dots of an abbreviation
 * ("U.S." -> "u.s") and the dots and commas between digits ("3.5",
 * "350,000"); hyphens split words ("witch-hunt" = "witch hunt").  Currency
 * and percent signs are words of their own. */
static GArray *
split_words (const char *text)
{
  /* English runs about a word per six bytes: a quarter rarely regrows */
  GArray *words = g_array_sized_new (FALSE, FALSE, sizeof (RawWord), text ? strlen (text) / 4 + 4 : 0);
  g_array_set_clear_func (words, raw_word_clear);
  if (text == NULL)
    return words;
  /* fold to a buffer of code points first so lookahead is easy (no more
   * code points than bytes) */
  gsize bytes = strlen (text);
  const char *end = text + bytes;
  gunichar *u = g_new (gunichar, bytes + 1);
  guint n = 0;
  for (const char *p = text; p < end;)
    {
      if (!((guchar) *p & 0x80))
        {
          u[n++] = fold_char ((guchar) *p++);   /* ASCII: one byte, always valid */
          continue;
        }
      gunichar c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }
      u[n++] = fold_char (c);
      p = g_utf8_next_char (p);
    }
  gboolean sentence_start = TRUE, clause_break = FALSE;
  GString *cur = g_string_new (NULL);
  guint seg = 0;        /* letters since the last dot inside the current word */
  gboolean cur_cap = FALSE, cur_initial = FALSE;
  for (guint i = 0; i <= n; i++)
    {
      gunichar c = i < n ? u[i] : ' ';
      gunichar prev = i > 0 ? u[i - 1] : ' ';
      gunichar next = i + 1 < n ? u[i + 1] : ' ';
      gboolean in_word = FALSE;
      if (c == '-' && !(u_isalnum (prev) && u_isalnum (next)))
        c = DASH;     /* "--" or " - " between clauses, not a compound's hyphen */
      if (u_isalnum (c))
        in_word = TRUE;
      else if (cur->len > 0 && c == '\'' && u_isalnum (prev) && u_isalpha (next))
        in_word = TRUE;
      else if (cur->len > 0 && (c == '.' || c == ',') && u_isdigit (prev) && u_isdigit (next))
        in_word = TRUE;
      else if (cur->len > 0 && c == '.' && u_isalpha (prev) && seg == 1
               && (u_isalpha (next) || (i >= 2 && u[i - 2] == '.')))
        in_word = TRUE;
      if (in_word)
        {
          if (cur->len == 0)
            {
              cur_cap = c < 0x80 ? g_ascii_isupper ((char) c) : g_unichar_isupper (c) || g_unichar_istitle (c);
              cur_initial = sentence_start;
              seg = 0;
            }
          if (c == '.')
            seg = 0;
          else
            seg++;
          if (c < 0x80)
            g_string_append_c (cur, (char) c);
          else
            g_string_append_unichar (cur, c);
          continue;
        }
      if (cur->len > 0)
        {
          /* an abbreviation's last dot belongs to it but is not kept */
          while (cur->len > 0 && cur->str[cur->len - 1] == '.')
            g_string_truncate (cur, cur->len - 1);
          gboolean upper = cur->len > 1;
          for (const char *q = cur->str; *q && upper; q = g_utf8_next_char (q))
            upper = (guchar) *q < 0x80 ? !g_ascii_islower (*q) : !g_unichar_islower (g_utf8_get_char (q));
          RawWord w = { fold_word (cur->str, cur->len), cur_cap, cur_initial, FALSE, clause_break, upper };
          g_array_append_val (words, w);
          g_string_truncate (cur, 0);
          sentence_start = clause_break = FALSE;
        }
      if (is_symbol (c))
        {
          char buf[8];
          buf[g_unichar_to_utf8 (c, buf)] = '\0';
          RawWord w = { g_strdup (buf), FALSE, FALSE, TRUE, clause_break, FALSE };
          g_array_append_val (words, w);
        }
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';')
        sentence_start = clause_break = TRUE;
      else if (c == ',' || c == '(' || c == ')' || c == '[' || c == ']' || c == DASH)
        clause_break = TRUE;
    }
  g_string_free (cur, TRUE);
  g_free (u);
  return words;
}

/* ---- setup -------------------------------------------------------------- */

static CgLexicon *
lexicon_of (CgRules *rules, const char *file, const char *section)
{
  return cg_lexicon_new (cg_rules_entries (rules, file, section));
}

CgNormalizer *
cg_normalizer_new (CgRules *rules, GError **error)
{
  static const char *const needed[] = { "stopwords", "variants", "synonyms", "negation", "refutation", "linking" };
  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    if (!cg_rules_require (rules, needed[i], error))
      return NULL;
  struct sb_stemmer *stemmer = sb_stemmer_new ("english", NULL);
  if (stemmer == NULL)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_RULES, "the Snowball English stemmer is not available");
      return NULL;
    }
  CgNormalizer *n = g_new0 (CgNormalizer, 1);
  n->rules = rules;
  n->stemmer = stemmer;
  n->stopwords = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *stops = cg_rules_entries (rules, "stopwords", NULL);
  for (guint i = 0; i < stops->len; i++)
    {
      CgRule *r = g_ptr_array_index (stops, i);
      for (guint k = 0; k < r->n_words; k++)
        g_hash_table_add (n->stopwords, r->words[k]);
    }
  GPtrArray *all_variants = cg_rules_entries (rules, "variants", NULL);
  GPtrArray *variant_rules = g_ptr_array_new ();
  GPtrArray *upper_rules = g_ptr_array_new ();
  n->clitics = g_ptr_array_new ();
  for (guint i = 0; i < all_variants->len; i++)
    {
      CgRule *r = g_ptr_array_index (all_variants, i);
      if (strcmp (r->section, "clitics") == 0)
        g_ptr_array_add (n->clitics, r->words[0]);
      else if (cg_rule_attr (r, "as") != NULL)
        g_ptr_array_add (strcmp (r->section, "uppercase") == 0 ? upper_rules : variant_rules, r);
    }
  n->variants = cg_lexicon_new (variant_rules);
  n->upper_variants = cg_lexicon_new (upper_rules);
  g_ptr_array_unref (variant_rules);
  g_ptr_array_unref (upper_rules);
  GPtrArray *cues = g_ptr_array_new ();
  GPtrArray *neg = cg_rules_entries (rules, "negation", "words");
  GPtrArray *refute = cg_rules_entries (rules, "refutation", NULL);
  g_ptr_array_extend (cues, neg, NULL, NULL);
  g_ptr_array_extend (cues, refute, NULL, NULL);
  n->negations = cg_lexicon_new (cues);
  n->not_negations = lexicon_of (rules, "negation", "not_negations");
  g_ptr_array_unref (cues);
  n->scope = (guint) CLAMP (cg_rules_number (rules, "negation", "scope", 12), 1, 100);
  n->scope_breaks = g_hash_table_new (g_str_hash, g_str_equal);
  n->answers = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *ans = cg_rules_entries (rules, "negation", "answers");
  for (guint i = 0; i < ans->len; i++)
    g_hash_table_add (n->answers, ((CgRule *) g_ptr_array_index (ans, i))->words[0]);
  n->open_heads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *open = cg_rules_entries (rules, "negation", "open");
  for (guint i = 0; i < open->len; i++)
    g_hash_table_add (n->open_heads, stem_raw (n, ((CgRule *) g_ptr_array_index (open, i))->words[0]));
  GPtrArray *brk = cg_rules_entries (rules, "negation", "breaks");
  for (guint i = 0; i < brk->len; i++)
    g_hash_table_add (n->scope_breaks, ((CgRule *) g_ptr_array_index (brk, i))->words[0]);
  n->neg_suffixes = g_ptr_array_new ();
  GPtrArray *suf = cg_rules_entries (rules, "negation", "suffixes");
  for (guint i = 0; i < suf->len; i++)
    g_ptr_array_add (n->neg_suffixes, ((CgRule *) g_ptr_array_index (suf, i))->words[0]);
  n->scales = lexicon_of (rules, "linking", "scales");
  n->currencies = lexicon_of (rules, "linking", "currencies");

  /* Synonym phrases are keyed by their stems, so inflections match. */
  n->synonyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  n->synonym_starts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  n->stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GPtrArray *syn = cg_rules_entries (rules, "synonyms", NULL);
  for (guint i = 0; i < syn->len; i++)
    {
      CgRule *r = g_ptr_array_index (syn, i);
      const char *head = cg_rule_attr (r, "head");
      if (head == NULL || r->n_words == 0 || r->n_words > MAX_PHRASE)
        continue;
      GString *key = g_string_new (NULL);
      for (guint k = 0; k < r->n_words; k++)
        {
          char *s = cg_normalizer_stem (n, r->words[k]);
          g_string_append_printf (key, "%s%s", k ? " " : "", s);
          g_free (s);
        }
      char *hf = fold_word (head, -1);
      char *hs = cg_normalizer_stem (n, hf);
      g_free (hf);
      g_hash_table_add (n->synonym_starts, g_strndup (key->str, strcspn (key->str, " ")));
      g_hash_table_replace (n->synonyms, g_string_free (key, FALSE), hs);
      n->max_synonym = MAX (n->max_synonym, r->n_words);
    }
  return n;
}

CgNormalizer *
cg_normalizer_new_like (CgNormalizer *model)
{
  struct sb_stemmer *stemmer = sb_stemmer_new ("english", NULL);
  g_assert (stemmer != NULL);   /* MODEL got one */
  CgNormalizer *n = g_new (CgNormalizer, 1);
  *n = *model;
  n->model = model;
  n->stemmer = stemmer;
  n->stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return n;
}

void
cg_normalizer_free (CgNormalizer *n)
{
  if (n == NULL)
    return;
  sb_stemmer_delete (n->stemmer);
  g_hash_table_unref (n->stems);
  if (n->model)
    {
      g_free (n);
      return;
    }
  g_hash_table_unref (n->stopwords);
  g_hash_table_unref (n->scope_breaks);
  g_hash_table_unref (n->answers);
  g_hash_table_unref (n->open_heads);
  cg_lexicon_free (n->variants);
  cg_lexicon_free (n->upper_variants);
  cg_lexicon_free (n->negations);
  cg_lexicon_free (n->not_negations);
  g_ptr_array_unref (n->neg_suffixes);
  g_ptr_array_unref (n->clitics);
  cg_lexicon_free (n->scales);
  cg_lexicon_free (n->currencies);
  g_hash_table_unref (n->synonyms);
  g_hash_table_unref (n->synonym_starts);
  g_free (n);
}

static char *
stem_raw (CgNormalizer *n, const char *word)
{
  const sb_symbol *s = sb_stemmer_stem (n->stemmer, (const sb_symbol *) word, (int) strlen (word));
  if (s == NULL)
    return g_strdup (word);
  return g_strndup ((const char *) s, sb_stemmer_length (n->stemmer));
}

char *
cg_normalizer_stem (CgNormalizer *n, const char *word)
{
  char *w[2] = { (char *) word, NULL };
  guint len = 0;
  const CgRule *r = cg_lexicon_match (n->variants, w, 1, 0, &len);
  const char *as = r && r->n_words == 1 ? cg_rule_attr (r, "as") : NULL;
  return stem_raw (n, as ? as : word);
}

/* ---- normalizing -------------------------------------------------------- */

static gboolean
ends_with (const char *s, const char *suffix)
{
  gsize ls = strlen (s), lx = strlen (suffix);
  return ls > lx && memcmp (s + ls - lx, suffix, lx) == 0;
}

/* Read a number word ("350", "3.5", "350,000", "350bn"); *SUFFIX receives
 * the letters glued to it ("bn"), or NULL. */
static gboolean
parse_number (const char *w, double *value, const char **suffix)
{
  if (!g_ascii_isdigit (w[0]))
    return FALSE;
  char buf[64];
  gsize k = 0;
  const char *p = w;
  for (; *p && (g_ascii_isdigit (*p) || *p == '.' || *p == ','); p++)
    if (*p != ',' && k < sizeof buf - 1)
      buf[k++] = *p;
  buf[k] = '\0';
  *value = g_ascii_strtod (buf, NULL);
  *suffix = *p ? p : NULL;
  return TRUE;
}

static double
scale_value (const CgRule *r)
{
  const char *v = r ? cg_rule_attr (r, "value") : NULL;
  return v ? g_ascii_strtod (v, NULL) : 0;
}

/* A lexicon match on a word list that may end early. */
static const CgRule *
match_at (const CgLexicon *lex, GPtrArray *words, guint pos, guint *len)
{
  *len = 0;
  if (pos >= words->len)
    return NULL;
  return cg_lexicon_match (lex, (char *const *) words->pdata, words->len, pos, len);
}

CgNormText *
cg_normalize (CgNormalizer *n, const char *text)
{
  GArray *raw = split_words (text);

  /* Clitics and negation suffixes first, then spelling variants, which
   * may turn one word into several ("u.s" -> "usa") or several into one. */
  /* sized once: appending to arrays grown step by step was a fifth of
   * the normalizer's time */
  GPtrArray *words = g_ptr_array_new_full (raw->len + 1, g_free);
  GArray *meta = g_array_sized_new (FALSE, FALSE, sizeof (RawWord), raw->len); /* w unused */
  GArray *negsuf = g_array_sized_new (FALSE, FALSE, sizeof (gboolean), raw->len);
  for (guint i = 0; i < raw->len; i++)
    {
      RawWord *r = &g_array_index (raw, RawWord, i);
      gboolean neg = FALSE;
      for (guint k = 0; k < n->neg_suffixes->len && !neg; k++)
        neg = ends_with (r->w, g_ptr_array_index (n->neg_suffixes, k));
      if (!neg)
        for (guint k = 0; k < n->clitics->len; k++)
          if (ends_with (r->w, g_ptr_array_index (n->clitics, k)))
            {
              r->w[strlen (r->w) - strlen (g_ptr_array_index (n->clitics, k))] = '\0';
              break;
            }
      g_ptr_array_add (words, r->w);   /* taken: raw is freed without its words */
      r->w = NULL;
      g_array_append_val (meta, *r);
      g_array_append_val (negsuf, neg);
    }

  GPtrArray *vw = g_ptr_array_new_full (words->len + 8, g_free);
  GArray *vmeta = g_array_sized_new (FALSE, FALSE, sizeof (RawWord), words->len + 8);
  GArray *vneg = g_array_sized_new (FALSE, FALSE, sizeof (gboolean), words->len + 8);
  for (guint i = 0; i < words->len;)
    {
      guint len = 0;
      RawWord m = g_array_index (meta, RawWord, i);
      const CgRule *r = NULL;
      if (m.upper)
        {
          char *one[2] = { g_ptr_array_index (words, i), NULL };
          if ((r = cg_lexicon_match (n->upper_variants, one, 1, 0, &len)) != NULL)
            len = 1;
        }
      if (r == NULL && !g_array_index (negsuf, gboolean, i))
        r = match_at (n->variants, words, i, &len);
      gboolean f = g_array_index (negsuf, gboolean, i);
      if (r != NULL)
        {
          char **parts = g_strsplit (cg_rule_attr (r, "as"), " ", -1);
          for (char **p = parts; *p; p++)
            if (**p)
              {
                g_ptr_array_add (vw, fold_word (*p, -1));
                g_array_append_val (vmeta, m);
                g_array_append_val (vneg, f);
              }
          g_strfreev (parts);
          i += len;
        }
      else
        {
          g_ptr_array_add (vw, g_ptr_array_index (words, i));   /* taken */
          g_ptr_array_index (words, i) = NULL;
          g_array_append_val (vmeta, m);
          g_array_append_val (vneg, f);
          i++;
        }
    }
  g_ptr_array_unref (words);
  g_array_unref (meta);
  g_array_unref (negsuf);

  CgNormText *out = g_new0 (CgNormText, 1);
  out->tokens = g_array_sized_new (FALSE, TRUE, sizeof (CgNormToken), vw->len);
  g_array_set_clear_func (out->tokens, norm_token_clear);
  for (guint i = 0; i < vw->len;)
    {
      const char *w = g_ptr_array_index (vw, i);
      RawWord m = g_array_index (vmeta, RawWord, i);
      CgNormToken t = { 0 };
      guint len = 0;
      const CgRule *r;
      double value;
      const char *suffix;

      if ((r = match_at (n->not_negations, vw, i, &len)) != NULL)
        {
          out->non_negations++;
          for (guint k = 0; k < len; k++)
            {
              CgNormToken s = { g_strdup (g_ptr_array_index (vw, i + k)), NULL, NULL, CG_NORM_STOP, 0, NULL };
              s.stem = g_strdup (s.word);
              s.concept = s.stem;
              if (k == 0 && m.brk)
                s.flags |= CG_NORM_BREAK;
              g_array_append_val (out->tokens, s);
            }
          i += len;
          continue;
        }
      if (g_array_index (vneg, gboolean, i)
          || (r = match_at (n->negations, vw, i, &len)) != NULL)
        {
          if (len == 0)
            len = 1;
          GString *g = g_string_new (NULL);
          for (guint k = 0; k < len; k++)
            g_string_append_printf (g, "%s%s", k ? " " : "", (char *) g_ptr_array_index (vw, i + k));
          t.word = g_string_free (g, FALSE);
          t.stem = g_strdup (t.word);
          t.concept = g_strdup ("not");
          t.flags = CG_NORM_NEGATION | (m.brk ? CG_NORM_BREAK : 0);
          out->negations++;
          g_array_append_val (out->tokens, t);
          i += len;
          continue;
        }

      if (parse_number (w, &value, &suffix))
        {
          const char *unit = NULL;
          gboolean scaled = FALSE;
          guint j = i + 1;
          /* a currency sign just before: "$350" */
          if (i > 0 && g_array_index (vmeta, RawWord, i - 1).symbol)
            {
              const CgRule *c = match_at (n->currencies, vw, i - 1, &len);
              if (c)
                unit = cg_rule_attr (c, "unit");
            }
          if (suffix)
            {
              char *sw[2] = { (char *) suffix, NULL };
              const CgRule *s = cg_lexicon_match (n->scales, sw, 1, 0, &len);
              if (s)
                {
                  value *= scale_value (s);
                  scaled = TRUE;
                }
            }
          if (!scaled && (r = match_at (n->scales, vw, j, &len)) != NULL)
            {
              value *= scale_value (r);
              scaled = TRUE;
              j += len;
            }
          if ((r = match_at (n->currencies, vw, j, &len)) != NULL)
            {
              if (unit == NULL)
                unit = cg_rule_attr (r, "unit");
              j += len;
            }
          t.word = g_strdup (w);
          t.value = value;
          t.unit = unit;
          t.stem = g_strdup_printf ("#%.6g%s", value, unit ? unit : "");
          t.concept = t.stem;
          t.flags = CG_NORM_NUMBER | CG_NORM_ENTITY | (m.brk ? CG_NORM_BREAK : 0);
          if (!scaled && unit == NULL && suffix == NULL && value >= 1000 && value < 3000
              && value == (double) (gint64) value)
            t.flags |= CG_NORM_YEAR;
          g_array_append_val (out->tokens, t);
          i = j;
          continue;
        }

      if (m.symbol)
        {
          i++;          /* a sign not before a number says nothing */
          continue;
        }

      const char *cached = g_hash_table_lookup (n->stems, w);
      if (cached == NULL)
        {
          /* the cache is bounded by the vocabulary; a runaway one (a
           * corpus of typos) starts afresh */
          if (g_hash_table_size (n->stems) > 1000000)
            g_hash_table_remove_all (n->stems);
          char *st = stem_raw (n, w);
          g_hash_table_insert (n->stems, g_strdup (w), st);
          cached = st;
        }
      t.stem = g_strdup (cached);
      t.concept = t.stem;
      if (g_hash_table_contains (n->stopwords, w))
        t.flags |= CG_NORM_STOP;
      if (m.cap)
        t.flags |= CG_NORM_CAPITALIZED;
      if (m.brk)
        t.flags |= CG_NORM_BREAK;
      /* a capitalized function word inside the text is a sentence whose
       * period was lost ("such a stupid wall It's going to be ..."): the
       * clause ends there (one letter words are "I" and "A") */
      if (m.cap && !m.initial && (t.flags & CG_NORM_STOP) && strlen (w) > 1 && i > 0
          && !g_array_index (vmeta, RawWord, i - 1).cap)
        t.flags |= CG_NORM_BREAK;
      if (m.cap && !m.initial && !(t.flags & CG_NORM_STOP))
        t.flags |= CG_NORM_ENTITY;
      t.word = g_ptr_array_index (vw, i);   /* taken, last: w is read above */
      g_ptr_array_index (vw, i) = NULL;
      g_array_append_val (out->tokens, t);
      i++;
    }
  g_ptr_array_unref (vw);
  g_array_unref (vmeta);
  g_array_unref (vneg);
  g_array_unref (raw);

  /* Synonyms: the longest run of stems that is a synonym phrase becomes
   * one token whose concept is the head. */
  GArray *toks = out->tokens;
  for (guint i = 0; i < toks->len; i++)
    {
      CgNormToken *t = &g_array_index (toks, CgNormToken, i);
      if ((t->flags & (CG_NORM_NUMBER | CG_NORM_NEGATION)) || !g_hash_table_contains (n->synonym_starts, t->stem))
        continue;
      guint best = 0;
      const char *head = NULL;
      GString *key = g_string_new (NULL);
      for (guint k = 0; k < n->max_synonym && i + k < toks->len; k++)
        {
          CgNormToken *u = &g_array_index (toks, CgNormToken, i + k);
          if (u->flags & (CG_NORM_NUMBER | CG_NORM_NEGATION))
            break;
          if (k)
            g_string_append_c (key, ' ');
          g_string_append (key, u->stem);
          const char *h = g_hash_table_lookup (n->synonyms, key->str);
          if (h)
            {
              best = k + 1;
              head = h;
            }
        }
      g_string_free (key, TRUE);
      if (head == NULL)
        continue;
      if (t->concept != t->stem)
        g_free (t->concept);
      t->concept = NULL;
      if (best > 1)
        {
          GString *ws = g_string_new (t->word), *ss = g_string_new (t->stem);
          for (guint k = 1; k < best; k++)
            {
              CgNormToken *u = &g_array_index (toks, CgNormToken, i + k);
              g_string_append_printf (ws, " %s", u->word);
              g_string_append_printf (ss, " %s", u->stem);
              t->flags |= u->flags & CG_NORM_ENTITY;
            }
          g_free (t->word);
          g_free (t->stem);
          t->word = g_string_free (ws, FALSE);
          t->stem = g_string_free (ss, FALSE);
          t->flags &= ~CG_NORM_STOP;
          g_array_remove_range (toks, i + 1, best - 1);
          t = &g_array_index (toks, CgNormToken, i);
        }
      t->concept = g_strdup (head);
    }

  /* Negation scope: the next content words of the clause, or everything
   * when the text ends on an answer ("..., he said no"). */
  for (guint i = 0; i < toks->len; i++)
    {
      CgNormToken *cue = &g_array_index (toks, CgNormToken, i);
      if (!(cue->flags & CG_NORM_NEGATION))
        continue;
      gboolean answer = g_hash_table_contains (n->answers, cue->word);
      /* "did not (conclusively) establish that ...": the rest is left
       * open, not denied */
      gboolean open = FALSE;
      for (guint j = i + 1, seen = 0; j < toks->len && seen < 2 && !open; j++)
        {
          CgNormToken *u = &g_array_index (toks, CgNormToken, j);
          if (u->flags & (CG_NORM_BREAK | CG_NORM_NEGATION))
            break;
          if (u->flags & CG_NORM_STOP)
            continue;
          open = g_hash_table_contains (n->open_heads, u->stem);
          seen++;
        }
      if (open)
        {
          cue->flags &= ~CG_NORM_NEGATION;
          cue->flags |= CG_NORM_STOP;
          out->negations--;
          out->non_negations++;
          out->opened++;
          continue;
        }
      guint marked = 0;
      for (guint j = i + 1; j < toks->len && marked < n->scope; j++)
        {
          CgNormToken *u = &g_array_index (toks, CgNormToken, j);
          if ((u->flags & (CG_NORM_BREAK | CG_NORM_NEGATION)) || g_hash_table_contains (n->scope_breaks, u->word))
            break;
          if (!(u->flags & CG_NORM_STOP))
            {
              u->flags |= CG_NORM_NEGATED;
              marked++;
            }
        }
      if (marked == 0 && answer && i + 1 == toks->len)
        for (guint j = 0; j < toks->len; j++)
          {
            CgNormToken *u = &g_array_index (toks, CgNormToken, j);
            if (!(u->flags & (CG_NORM_STOP | CG_NORM_NEGATION)))
              u->flags |= CG_NORM_NEGATED;
          }
    }
  return out;
}

void
cg_norm_text_free (CgNormText *norm)
{
  if (norm == NULL)
    return;
  g_array_unref (norm->tokens);
  g_free (norm);
}

char *
cg_normalize_string (CgNormalizer *n, const char *text)
{
  CgNormText *nt = cg_normalize (n, text);
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < nt->tokens->len; i++)
    {
      CgNormToken *t = &g_array_index (nt->tokens, CgNormToken, i);
      if (t->flags & (CG_NORM_STOP | CG_NORM_NEGATION))
        continue;
      g_string_append_printf (s, "%s%s", s->len ? " " : "", t->concept);
    }
  cg_norm_text_free (nt);
  return g_string_free (s, FALSE);
}

void
cg_normalizer_find_phrases (CgNormalizer *n, const char *text, const CgLexicon *const *lexicons,
                            guint n_lexicons, const CgRule **matches)
{
  (void) n;
  for (guint k = 0; k < n_lexicons; k++)
    matches[k] = NULL;
  if (text == NULL)
    return;
  GArray *raw = split_words (text);
  GPtrArray *words = g_ptr_array_sized_new (raw->len);
  for (guint i = 0; i < raw->len; i++)
    g_ptr_array_add (words, g_array_index (raw, RawWord, i).w);
  for (guint k = 0; k < n_lexicons; k++)
    for (guint i = 0; lexicons[k] && i < words->len && !matches[k]; i++)
      {
        guint len;
        matches[k] = match_at (lexicons[k], words, i, &len);
      }
  g_ptr_array_unref (words);
  g_array_unref (raw);
}

gboolean
cg_normalizer_has_phrase (CgNormalizer *n, const CgLexicon *lexicon, const char *text,
                          const CgRule **match)
{
  (void) n;
  if (match)
    *match = NULL;
  if (text == NULL || lexicon == NULL)
    return FALSE;
  GArray *raw = split_words (text);
  GPtrArray *words = g_ptr_array_sized_new (raw->len);
  for (guint i = 0; i < raw->len; i++)
    g_ptr_array_add (words, g_array_index (raw, RawWord, i).w);
  gboolean found = FALSE;
  for (guint i = 0; i < words->len && !found; i++)
    {
      guint len;
      const CgRule *r = match_at (lexicon, words, i, &len);
      if (r)
        {
          found = TRUE;
          if (match)
            *match = r;
        }
    }
  g_ptr_array_unref (words);
  g_array_unref (raw);
  return found;
}
