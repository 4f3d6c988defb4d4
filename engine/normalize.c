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
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PHRASE 6   /* longest synonym phrase tried, in words */
#define WORD_AHEAD 4   /* words whose records are asked for ahead of their lookup */
#define DASH 0xE000    /* private-use code point standing for a dash */

/* What the normalizer reads off a word on its own, looked up once per
 * distinct word and kept: its id in words_lex, its Snowball stem, whether
 * it is a stopword and whether its stem starts a synonym phrase. */
typedef struct {
  const char *stem;      /* in the same block, after the word */
  guint64     stem_hash; /* FNV-1a of stem (CgNormToken.stem_hash); 0 when the word holds a blank */
  guint32     stem_len;
  guint32     id;        /* words_lex id, 0: in no phrase */
  const CgLexWord *side; /* the word in the side lexicon, or NULL */
  gboolean    stop;
  gboolean    syn_start;
} WordInfo;

/* A slot of the word table: a word's hash beside its record, so a probe
 * reads one cache line (two arrays made it two misses on a large
 * vocabulary). */
typedef struct {
  guint64   hash;          /* 0: a free slot */
  WordInfo *info;
} WordSlot;

/* The WordInfos of the words seen, by a 64-bit hash of the word (open
 * addressing), the records packed in blocks in the order first seen,
 * each followed by its word and stem: the words that recur sit together,
 * and comparing a word costs one cache line (a GHashTable of malloc'ed
 * strings made the compare a miss: a fifth of the time). */
typedef struct {
  WordSlot  *slots;
  gsize      cap, len;     /* cap: a power of two */
  GPtrArray *blocks;
  char      *pos;
  gsize      left;
} WordTable;

struct _CgNormalizer {
  CgRules            *rules;
  struct sb_stemmer  *stemmer;
  GHashTable         *stopwords;   /* casefolded word -> itself (rule-owned) */
  CgLexicon          *variants;
  CgLexicon          *upper_variants; /* apply only to words in capitals */
  guint               scope;
  GHashTable         *scope_breaks; /* words that end a negation's scope */
  GHashTable         *answers;      /* cues that deny everything when nothing follows */
  GHashTable         *open_heads;   /* stems: "not known", "did not establish" leave it open */
  GPtrArray          *neg_suffixes; /* const char* */
  GPtrArray          *clitics;      /* const char* */
  guint8             *clitic_poss;  /* per clitic: possessive=1 in variants.rules */
  GHashTable         *synonyms;     /* "stem stem" -> head stem (owned) */
  GHashTable         *synonym_starts; /* first stems of the synonym phrases (owned) */
  GHashTable         *synonym_words; /* "word word" -> head stem (owned): match=word entries */
  guint              *neg_suffix_len, *clitic_len; /* their byte lengths */
  /* Which words may end in one of them: a suffix of LEN bytes (up to 8)
   * starts LEN bytes from the end with a byte of suffix_first[LEN]; most
   * words end in none, and are told so by a bit test per length. */
  guint8              suffix_first[9][32];
  guint8              suffix_lens[8];   /* the lengths that occur */
  guint               n_suffix_lens;
  gboolean            long_suffix;      /* one is longer than 8 bytes: no test */
  gboolean            plain_suffix;     /* one is all ASCII letters and digits: it may end
                                         * a word split_words() hashed (the default
                                         * rules' suffixes all hold an apostrophe) */
  CgLexicon          *words_lex;    /* variants, not_negations, negations, scales, currencies as lists WL_* */
  WordTable           words;        /* word -> its WordInfo: words repeat */
  guint               max_synonym;  /* words in the longest synonym phrase */
  gboolean            fold_dots;    /* read "F.B.I." as "FBI" (variants.rules fold_acronym_dots) */
  GHashTable         *abbr_title;   /* abbreviations.rules [title] without the dot: "mr", "sen" (never end a sentence) */
  GHashTable         *abbr_other;   /* [abbreviation]: "calif", "sept" (end one before a [sentence-starter]) */
  GHashTable         *starters;     /* [sentence-starter] words */
  CgNormalizer       *model;        /* set: the tables are MODEL's, only stemmer, words and scratch its own */
  /* scratch of split_words(), reused call after call (a normalizer serves one thread) */
  gunichar           *u;
  gsize               u_cap;
  GString            *cur;
  GArray             *raw;          /* RawWord: the words split_words() returns */
  char               *words_buf;    /* cg_normalize()'s ASCII words, one after another (see split_words()) */
  gsize               words_buf_cap;
  GStringChunk       *phrase_words; /* their strings, for cg_normalizer_find_phrases() and _has_phrase() */
  /* scratch of cg_normalize(): two word lists (RawWord, ids) and the
   * synonym starts, kept from call to call */
  gpointer            scratch_w[2];
  guint32            *scratch_ids[2];
  guint               scratch_cap[2];
  gboolean           *syn;
  gsize               syn_cap;
  /* the words' hashes and lengths, worked out before their lookups */
  guint64            *hashes;
  gsize              *lens;
  gsize               hash_cap;
  /* Texts not freed yet: their tokens' stems are the word table's, so
   * the table is not cleared while one lives. */
  gint                live_texts;
  /* What the phrase lookups found in a text, by text: the linker asks
   * about every assertion's cue and source, which repeat ("said", "he"),
   * and splitting a text into words costs far more than a lookup. */
  struct _PhraseMemo *phrase_memo;  /* PHRASE_MEMO_SLOTS by the text's hash, made on first use */
  GPtrArray          *anchors;      /* Anchors, one per lexicon asked about (see may_hold()) */
  GString            *lowered;      /* may_hold()'s scratch */
  GString            *wcur;         /* the synonym loop's key of words */
  const CgLexicon    *side_lex;     /* cg_normalizer_set_side_lexicon(), or NULL */
  /* A text freed, emptied, for the next cg_normalize(): its record, token
   * array and string chunk made and freed per text were a tenth of
   * normalizing a short text.  Taken and given back atomically: a text
   * may be freed on another thread than its normalizer's. */
  gpointer            spare;        /* NormText*, or NULL */
};

/* A word of each phrase of a lexicon, for may_hold(): a text without any
 * of them holds no phrase of it. */
#define ANCHORS_MAX 16
typedef struct {
  const CgLexicon *lexicon;
  guint            n;                    /* 0: no test, split the text */
  char            *words[ANCHORS_MAX];   /* owned */
} Anchors;

#define PHRASE_MEMO_LEXICONS 4     /* lexicons remembered per text */
#define PHRASE_MEMO_SLOTS    8192  /* texts remembered, one a slot (a power of two) */

/* A text's answers, in the slot of its hash: a text whose slot is taken
 * replaces the one there.  (A hash table emptied when full took a lookup,
 * a key and a record per text, and freed them all 8192 at a time: the
 * sources of a large corpus fill it again and again.) */
typedef struct _PhraseMemo {
  guint64          hash;     /* word_hash() of TEXT; 0: an empty slot */
  char            *text;     /* owned */
  const CgLexicon *lexicons[PHRASE_MEMO_LEXICONS];
  const CgRule    *matches[PHRASE_MEMO_LEXICONS];
  guint            n;
} PhraseMemo;

/* A CgNormText and the normalizer that made it. */
typedef struct {
  CgNormText    text;
  CgNormalizer *normalizer;
} NormText;

/* The lists of CgNormalizer.words_lex. */
enum { WL_VARIANTS, WL_NOT_NEGATIONS, WL_NEGATIONS, WL_SCALES, WL_CURRENCIES, WL_NUMBER_WORDS, WL_N };


static char *stem_raw (CgNormalizer *n, const char *word);

static void
norm_text_drop (NormText *t)
{
  if (t == NULL)
    return;
  g_array_unref (t->text.tokens);
  g_string_chunk_free (t->text.strings);
  g_free (t);
}
static void word_table_clear (WordTable *t);

/* A word as split from the text, before normalization. */
typedef struct {
  char    *w;        /* casefolded, accents stripped */
  gboolean cap;
  gboolean initial;  /* first word of a sentence */
  gboolean symbol;   /* a currency or percent sign */
  gboolean brk;      /* clause punctuation before it */
  gboolean upper;    /* written all in capitals ("US") */
  gboolean negsuf;   /* ends in a negation suffix ("n't") */
  const WordInfo *info;
  gboolean poss;     /* a possessive clitic was cut from it ("Carlson's") */
  gboolean hyph;     /* joined to the word before by a hyphen ("Senate-passed") */
} RawWord;

/* ---- splitting ---------------------------------------------------------- */

#define HASH_SEED  0xcbf29ce484222325ULL   /* FNV-1a's offset basis */
#define HASH_PRIME 0x100000001b3ULL

/* word_hash()'s last step: a finalizer so the low bits spread; never 0
 * (a free slot of the word table). */
static inline guint64
hash_finish (guint64 h)
{
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 32;
  return h ? h : 1;
}

#ifdef __GNUC__
typedef guint8  U8x8  __attribute__ ((vector_size (8)));
typedef guint32 U32x8 __attribute__ ((vector_size (32)));
#endif

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

/* An ASCII letter or digit, without g_ascii_isalnum()'s table (a load
 * through the GOT in a shared library). */
static inline gboolean
ascii_alnum (gunichar c)
{
  return (c | 0x20) - 'a' < 26 || c - '0' < 10;
}

/* Does the '.' or ',' at U[J] go on the word of LEN ASCII letters and
 * digits before it, by the steps of split_words()?  Between two digits
 * ("3.5", "350,000"), or as the dot after a single letter that an
 * abbreviation's dots hold ("U.S"). */
static inline gboolean
word_goes_on (const gunichar *u, guint j, guint len)
{
  gunichar prev = u[j - 1], next = u[j + 1];
  if (u_isdigit (prev) && u_isdigit (next))
    return TRUE;
  return u[j] == '.' && len == 1 && u_isalpha (prev) && (u_isalpha (next) || (j >= 2 && u[j - 2] == '.'));
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
        out[i] = s[i] >= 'A' && s[i] <= 'Z' ? s[i] + ('a' - 'A') : s[i];
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

/* fold_word() of S (LEN bytes) into SC. */
static char *
fold_into (GStringChunk *sc, const char *s, gsize len)
{
  gsize i;
  for (i = 0; i < len && !((guchar) s[i] & 0x80); i++)
    ;
  if (i == len)
    {
      char *out = g_string_chunk_insert_len (sc, s, (gssize) len);
      for (i = 0; i < len; i++)
        if (out[i] >= 'A' && out[i] <= 'Z')
          out[i] += 'a' - 'A';
      return out;
    }
  char *f = fold_word (s, (gssize) len);
  char *out = g_string_chunk_insert (sc, f);
  g_free (f);
  return out;
}

/* Does the dot after word W (the code points after the dot at NEXT)
 * end a clause?  Not after a title ("Sen. Mike Enzi"), nor after an
 * initial ("Robert L. Wilkins"), a dotted abbreviation ("U.S.") or an
 * [abbreviation] ("R-Calif.") unless the next word starts a sentence
 * ("... in the U.S. But ..."). */
static gboolean
abbreviation_ends (CgNormalizer *nz, const RawWord *w, const gunichar *next)
{
  if (w->symbol)
    return TRUE;
  if (g_hash_table_contains (nz->abbr_title, w->w))
    return FALSE;
  gboolean initial = w->cap && w->w[0] && !w->w[1];
  if (!initial && strchr (w->w, '.') == NULL && !g_hash_table_contains (nz->abbr_other, w->w))
    return TRUE;
  while (*next == ' ' || *next == '"' || *next == '\'')
    next++;
  if (!u_isalpha (*next))
    return *next != ',' && *next != ')';    /* "R-Calif., and"; a dot before a digit or the end ends */
  char buf[24];
  guint k = 0;
  for (; u_isalpha (next[k]) && k < sizeof buf - 1; k++)
    buf[k] = next[k] < 0x80 ? g_ascii_tolower ((char) next[k]) : '?';
  buf[k] = '\0';
  /* an initial before a capitalized word is a name's ("L. Wilkins") */
  if (initial)
    return !(next[0] < 0x80 ? g_ascii_isupper ((char) next[0]) : g_unichar_isupper (next[0]))
           || g_hash_table_contains (nz->starters, buf);
  return g_hash_table_contains (nz->starters, buf);
}

/* Split TEXT into words.  A word is a run of letters and digits holding the
 * apostrophes between letters ("don't"), the dots of an abbreviation
 * ("U.S." -> "u.s") and the dots and commas between digits ("3.5",
 * "350,000"); hyphens split words ("witch-hunt" = "witch hunt"), the
 * second part marked hyph (a compound's "passed" is no verb).  Currency
 * and percent signs are words of their own.  The words' strings go to SC,
 * but with BUF_OUT (room for strlen (TEXT) + 2 bytes) the plain ASCII
 * words, most of them, go there one after another: each is followed in
 * TEXT by a byte it does not hold, so they fit, and copying one costs a
 * few stores where a chunk insert was a call (cg_normalize(), whose
 * tokens keep the word table's copies, not these).  With HASHES and
 * LENS (room for strlen (TEXT) + 2 each), a word taken whole by the ASCII
 * step gets its word_hash() and length there, made as its bytes are
 * lowered (cg_normalize() hashed every word in a pass of its own); any
 * other word gets hash 0: not made. */
static GArray *
split_words (CgNormalizer *nz, const char *text, GStringChunk *sc, char *buf_out,
             guint64 *hashes, gsize *lens)
{
  GArray *words = nz->raw;
  g_array_set_size (words, 0);
  if (text == NULL)
    return words;
  /* fold to a buffer of code points first so lookahead is easy (no more
   * code points than bytes), a blank before and two after it so the
   * loop below reads its neighbours without bounds checks, then a 0 that
   * ends abbreviation_ends()'s look past blanks and quotes (it read past
   * the buffer after a dot ending the text) */
  gsize bytes = strlen (text);
  const char *end = text + bytes;
  if (nz->u_cap < bytes + 4)
    {
      nz->u_cap = MAX (bytes + 4, 2 * nz->u_cap);
      nz->u = g_renew (gunichar, nz->u, nz->u_cap);
    }
  gunichar *u = nz->u + 1;
  u[-1] = ' ';
  guint n = 0;
  for (const char *p = text; p < end;)
    {
      /* eight ASCII bytes without a backtick at a time: widened as they are */
      while (p + 8 <= end)
        {
          guint64 x;
          memcpy (&x, p, 8);
          x = GUINT64_FROM_LE (x);
          const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
          guint64 tick = x ^ (ones * '`');
          if ((x & (ones * 0x80)) || ((tick - ones) & ~tick & (ones * 0x80)))
            break;
#ifdef __GNUC__
          /* widened at once (a few vector instructions, not eight
           * loads and stores) */
          U8x8 b;
          memcpy (&b, p, sizeof b);
          U32x8 w = __builtin_convertvector (b, U32x8);
          memcpy (u + n, &w, sizeof w);
#else
          for (guint k = 0; k < 8; k++)
            u[n + k] = (guchar) p[k];
#endif
          n += 8;
          p += 8;
        }
      if (p == end)
        break;
      if (!((guchar) *p & 0x80))
        {
          /* ASCII: one byte, always valid; of its folds only the backtick */
          u[n++] = *p == '`' ? '\'' : (guchar) *p;
          p++;
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
  u[n] = u[n + 1] = ' ';
  u[n + 2] = 0;
  /* room for all the words at once, stored without a call each: a word
   * or a sign takes one code point at least */
  g_array_set_size (words, n + 1);
  RawWord *out = (RawWord *) (void *) words->data;
  guint n_out = 0;
  gboolean sentence_start = TRUE, clause_break = FALSE;
  GString *cur = nz->cur;
  g_string_truncate (cur, 0);
  guint seg = 0;        /* letters since the last dot inside the current word */
  gboolean cur_cap = FALSE, cur_initial = FALSE, cur_hyph = FALSE;
  for (guint i = 0; i <= n; i++)
    {
      gunichar c = u[i], prev = u[(gssize) i - 1], next = u[i + 1];
      /* a blank between words (most of them come here, right after the
       * word taken whole below) ends no word and breaks no clause: none of
       * the tests below would hold */
      if (c == ' ' && cur->len == 0)
        continue;
      gboolean in_word = FALSE;
      /* The commonest word, ASCII letters and digits ended by a code
       * point that cannot continue it (ASCII, not an apostrophe, a dot
       * or comma only where word_goes_on() says the word ends), taken
       * whole: the steps below would end it there the same way. */
      if (cur->len == 0 && ascii_alnum (c))
        {
          /* lower-cased straight into BUF_OUT when there is one: a word
           * not taken here is written over by the next (the words
           * before it took no more bytes than the text before it) */
          char buf[64], *dst = buf_out ? buf_out : buf;
          guint j = i, len = 0;
          gboolean lower = FALSE;
          guint64 h = HASH_SEED;
          for (; ascii_alnum (u[j]) && len < sizeof buf; j++, len++)
            {
              gunichar b = u[j];
              lower |= b >= 'a';           /* of letters and digits, only a small letter */
              dst[len] = (char) (b | 0x20);   /* a capital lowered, a small letter or digit kept */
              h = (h ^ (b | 0x20)) * HASH_PRIME;
            }
          gunichar e = u[j];
          if (e < 0x80 && e != '\'' && !ascii_alnum (e) && ((e != '.' && e != ',') || !word_goes_on (u, j, len)))
            {
              char *ws;
              if (buf_out)
                {
                  ws = buf_out;
                  ws[len] = '\0';
                  buf_out += len + 1;
                }
              else
                ws = g_string_chunk_insert_len (sc, buf, len);
              RawWord w = { ws, c >= 'A' && c <= 'Z', sentence_start,
                            FALSE, clause_break, !lower && len > 1, FALSE, NULL, FALSE,
                            u[(gssize) i - 1] == '-' && u_isalnum (u[(gssize) i - 2]) };
              if (hashes)
                {
                  hashes[n_out] = hash_finish (h);
                  lens[n_out] = len;
                }
              out[n_out++] = w;
              sentence_start = clause_break = FALSE;
              i = j - 1;
              continue;
            }
        }
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
              cur_hyph = u[(gssize) i - 1] == '-' && u_isalnum (u[(gssize) i - 2]);
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
          /* an abbreviation's last dot belongs to it but is not kept;
           * it still ends a sentence before a sentence's first word
           * ("in the U.S. But ...") */
          gboolean dot = cur->len > 0 && cur->str[cur->len - 1] == '.';
          while (cur->len > 0 && cur->str[cur->len - 1] == '.')
            g_string_truncate (cur, cur->len - 1);
          gboolean upper = cur->len > 1;
          for (const char *q = cur->str; *q && upper; q = g_utf8_next_char (q))
            upper = (guchar) *q < 0x80 ? !g_ascii_islower (*q) : !g_unichar_islower (g_utf8_get_char (q));
          RawWord w = { fold_into (sc, cur->str, cur->len), cur_cap, cur_initial, FALSE, clause_break, upper, FALSE, NULL, FALSE,
                        cur_hyph };
          if (hashes)
            hashes[n_out] = 0;
          out[n_out++] = w;
          g_string_truncate (cur, 0);
          sentence_start = clause_break = dot && abbreviation_ends (nz, &w, u + i);
        }
      if (is_symbol (c))
        {
          char buf[8];
          buf[g_unichar_to_utf8 (c, buf)] = '\0';
          RawWord w = { g_string_chunk_insert (sc, buf), FALSE, FALSE, TRUE, clause_break, FALSE, FALSE, NULL, FALSE, FALSE };
          if (hashes)
            hashes[n_out] = 0;
          out[n_out++] = w;
        }
      if (c == '.' && n_out > 0 && u_isalpha (prev) && !abbreviation_ends (nz, &out[n_out - 1], u + i + 1))
        ;     /* "Sen. Mike Enzi", "Robert L. Wilkins", "R-Calif., and": no break */
      else if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';')
        sentence_start = clause_break = TRUE;
      else if (c == ',' || c == '(' || c == ')' || c == '[' || c == ']' || c == DASH)
        clause_break = TRUE;
    }
  g_array_set_size (words, n_out);
  return words;
}

/* ---- setup -------------------------------------------------------------- */

/* The words of abbreviations.rules' SECTION, lowercased, without their
 * last dot ("Mr." -> "mr", "U.S." -> "u.s"), as split_words() keeps a
 * word.  The file is optional: without it every dot ends a clause.
 * Returns a new set owning its strings. */
static GHashTable *
abbreviation_set (CgRules *rules, const char *section)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *entries = cg_rules_entries (rules, "abbreviations", section);
  for (guint i = 0; i < entries->len; i++)
    {
      CgRule *r = g_ptr_array_index (entries, i);
      if (r->n_words != 1)
        continue;
      char *w = g_ascii_strdown (r->words[0], -1);
      gsize len = strlen (w);
      while (len > 0 && w[len - 1] == '.')
        w[--len] = '\0';
      g_hash_table_add (set, w);
    }
  return set;
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
  n->fold_dots = cg_rules_number (rules, "variants", "fold_acronym_dots", 0) != 0;
  n->abbr_title = abbreviation_set (rules, "title");
  n->abbr_other = abbreviation_set (rules, "abbreviation");
  n->starters = abbreviation_set (rules, "sentence-starter");
  n->upper_variants = cg_lexicon_new (upper_rules);
  g_ptr_array_unref (upper_rules);
  GPtrArray *cues = g_ptr_array_new ();
  GPtrArray *neg = cg_rules_entries (rules, "negation", "words");
  GPtrArray *refute = cg_rules_entries (rules, "refutation", NULL);
  g_ptr_array_extend (cues, neg, NULL, NULL);
  g_ptr_array_extend (cues, refute, NULL, NULL);
  n->scope = (guint) CLAMP (cg_rules_number (rules, "negation", "scope", 12), 1, 100);
  n->scope_breaks = cg_rules_word_set (rules, "negation", "breaks");
  n->answers = cg_rules_word_set (rules, "negation", "answers");
  n->open_heads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *open = cg_rules_entries (rules, "negation", "open");
  for (guint i = 0; i < open->len; i++)
    g_hash_table_add (n->open_heads, stem_raw (n, ((CgRule *) g_ptr_array_index (open, i))->words[0]));
  n->neg_suffixes = g_ptr_array_new ();
  GPtrArray *suf = cg_rules_entries (rules, "negation", "suffixes");
  for (guint i = 0; i < suf->len; i++)
    g_ptr_array_add (n->neg_suffixes, ((CgRule *) g_ptr_array_index (suf, i))->words[0]);
  GPtrArray *lists[WL_N] = {
    [WL_VARIANTS] = variant_rules,
    [WL_NOT_NEGATIONS] = cg_rules_entries (rules, "negation", "not_negations"),
    [WL_NEGATIONS] = cues,
    [WL_SCALES] = cg_rules_entries (rules, "linking", "scales"),
    [WL_CURRENCIES] = cg_rules_entries (rules, "linking", "currencies"),
    [WL_NUMBER_WORDS] = cg_rules_entries (rules, "linking", "number_words"),
  };
  n->words_lex = cg_lexicon_new_lists (lists, WL_N);
  g_ptr_array_unref (variant_rules);
  g_ptr_array_unref (cues);
  n->neg_suffix_len = g_new (guint, n->neg_suffixes->len + 1);
  for (guint i = 0; i < n->neg_suffixes->len; i++)
    n->neg_suffix_len[i] = strlen (g_ptr_array_index (n->neg_suffixes, i));
  n->clitic_len = g_new (guint, n->clitics->len + 1);
  n->clitic_poss = g_new0 (guint8, n->clitics->len + 1);
  for (guint i = 0, k = 0; i < all_variants->len; i++)
    if (strcmp (((CgRule *) g_ptr_array_index (all_variants, i))->section, "clitics") == 0)
      n->clitic_poss[k++] = cg_rule_attr (g_ptr_array_index (all_variants, i), "possessive") != NULL;
  for (guint i = 0; i < n->clitics->len; i++)
    n->clitic_len[i] = strlen (g_ptr_array_index (n->clitics, i));
  for (guint i = 0; i < n->neg_suffixes->len + n->clitics->len; i++)
    {
      gboolean neg = i < n->neg_suffixes->len;
      guint k = neg ? i : i - n->neg_suffixes->len;
      const char *x = g_ptr_array_index (neg ? n->neg_suffixes : n->clitics, k);
      guint lx = neg ? n->neg_suffix_len[k] : n->clitic_len[k];
      if (lx == 0)
        continue;
      gboolean plain = TRUE;
      for (guint j = 0; j < lx; j++)
        plain &= g_ascii_isalnum (x[j]);
      n->plain_suffix |= plain;
      if (lx > 8)
        {
          n->long_suffix = TRUE;
          continue;
        }
      guchar b = (guchar) x[0];
      n->suffix_first[lx][b >> 3] |= (guint8) (1u << (b & 7));
      gboolean seen = FALSE;
      for (guint j = 0; j < n->n_suffix_lens; j++)
        seen |= n->suffix_lens[j] == lx;
      if (!seen)
        n->suffix_lens[n->n_suffix_lens++] = (guint8) lx;
    }

  /* Synonym phrases are keyed by their stems, so inflections match. */
  n->synonyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  n->synonym_starts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  n->cur = g_string_new (NULL);
  n->raw = g_array_new (FALSE, FALSE, sizeof (RawWord));
  n->phrase_words = g_string_chunk_new (1024);
  n->lowered = g_string_new (NULL);
  n->wcur = g_string_new (NULL);
  n->phrase_memo = NULL;
  /* An entry with match=word is keyed by its folded words instead: its
   * stem would take in the noun ("stated" and "the Islamic State" both
   * stem to "state").  Its first stem still marks a possible start. */
  n->synonym_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GPtrArray *syn = cg_rules_entries (rules, "synonyms", NULL);
  for (guint i = 0; i < syn->len; i++)
    {
      CgRule *r = g_ptr_array_index (syn, i);
      const char *head = cg_rule_attr (r, "head");
      const char *match = cg_rule_attr (r, "match");
      if (head == NULL || r->n_words == 0 || r->n_words > MAX_PHRASE)
        continue;
      gboolean by_word = match != NULL && strcmp (match, "word") == 0;
      GString *key = g_string_new (NULL), *start = g_string_new (NULL);
      for (guint k = 0; k < r->n_words; k++)
        {
          char *s = cg_normalizer_stem (n, r->words[k]);
          char *f = by_word ? fold_word (r->words[k], -1) : NULL;
          g_string_append_printf (key, "%s%s", k ? " " : "", by_word ? f : s);
          if (k == 0)
            g_string_append (start, s);
          g_free (s);
          g_free (f);
        }
      char *hf = fold_word (head, -1);
      char *hs = cg_normalizer_stem (n, hf);
      g_free (hf);
      g_hash_table_add (n->synonym_starts, g_string_free (start, FALSE));
      g_hash_table_replace (by_word ? n->synonym_words : n->synonyms, g_string_free (key, FALSE), hs);
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
  memset (&n->words, 0, sizeof n->words);
  n->u = NULL, n->u_cap = 0;
  n->cur = g_string_new (NULL);
  n->raw = g_array_new (FALSE, FALSE, sizeof (RawWord));
  n->words_buf = NULL, n->words_buf_cap = 0;
  n->phrase_words = g_string_chunk_new (1024);
  n->lowered = g_string_new (NULL);
  n->wcur = g_string_new (NULL);
  n->phrase_memo = NULL;
  /* MODEL's anchors grow as MODEL's thread asks about new lexicons: this
   * normalizer keeps its own, or both threads add to one array and both
   * free it. */
  n->anchors = NULL;
  memset (n->scratch_w, 0, sizeof n->scratch_w);
  memset (n->scratch_ids, 0, sizeof n->scratch_ids);
  memset (n->scratch_cap, 0, sizeof n->scratch_cap);
  n->syn = NULL, n->syn_cap = 0;
  n->hashes = NULL, n->lens = NULL, n->hash_cap = 0;
  n->live_texts = 0;
  n->spare = NULL;
  return n;
}

void
cg_normalizer_free (CgNormalizer *n)
{
  if (n == NULL)
    return;
  sb_stemmer_delete (n->stemmer);
  norm_text_drop (n->spare);
  word_table_clear (&n->words);
  g_free (n->u);
  g_string_free (n->cur, TRUE);
  g_array_unref (n->raw);
  g_free (n->words_buf);
  g_string_chunk_free (n->phrase_words);
  if (n->phrase_memo)
    for (guint i = 0; i < PHRASE_MEMO_SLOTS; i++)
      g_free (n->phrase_memo[i].text);
  g_free (n->phrase_memo);
  if (n->anchors)
    g_ptr_array_unref (n->anchors);
  if (n->lowered)
    g_string_free (n->lowered, TRUE);
  g_string_free (n->wcur, TRUE);
  for (guint k = 0; k < 2; k++)
    {
      g_free (n->scratch_w[k]);
      g_free (n->scratch_ids[k]);
    }
  g_free (n->syn);
  g_free (n->hashes);
  g_free (n->lens);
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
  g_ptr_array_unref (n->neg_suffixes);
  g_ptr_array_unref (n->clitics);
  cg_lexicon_free (n->words_lex);
  g_free (n->neg_suffix_len);
  g_free (n->clitic_len);
  g_free (n->clitic_poss);
  g_hash_table_unref (n->synonyms);
  g_hash_table_unref (n->synonym_starts);
  g_hash_table_unref (n->synonym_words);
  g_hash_table_unref (n->abbr_title);
  g_hash_table_unref (n->abbr_other);
  g_hash_table_unref (n->starters);
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

gboolean
cg_normalizer_stem_pair (CgNormalizer *n, const CgRule *r, char **a, char **b)
{
  const char *opp = cg_rule_attr (r, "opposite");
  if (opp == NULL || r->n_words != 1)
    return FALSE;
  char *fo = g_utf8_casefold (opp, -1);
  *a = cg_normalizer_stem (n, r->words[0]);
  *b = cg_normalizer_stem (n, fo);
  g_free (fo);
  if (strcmp (*a, *b) != 0)
    return TRUE;
  g_free (*a);
  g_free (*b);
  return FALSE;
}

/* ---- normalizing -------------------------------------------------------- */

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

static void
word_table_clear (WordTable *t)
{
  g_free (t->slots);
  if (t->blocks)
    g_ptr_array_unref (t->blocks);
  memset (t, 0, sizeof *t);
}

static guint64
word_hash (const char *w, gsize *len)
{
  guint64 h = HASH_SEED;   /* FNV-1a, then hash_finish() (split_words() makes the same) */
  const char *p = w;
  for (; *p; p++)
    h = (h ^ (guchar) *p) * HASH_PRIME;
  *len = (gsize) (p - w);
  return hash_finish (h);
}

static void
word_table_grow (WordTable *t)
{
  gsize cap = t->cap ? 2 * t->cap : 4096;
  WordSlot *slots = g_new0 (WordSlot, cap);
  for (gsize i = 0; i < t->cap; i++)
    if (t->slots[i].hash)
      {
        gsize j = t->slots[i].hash & (cap - 1);
        while (slots[j].hash)
          j = (j + 1) & (cap - 1);
        slots[j] = t->slots[i];
      }
  g_free (t->slots);
  t->slots = slots, t->cap = cap;
}

/* Ask for the slot of hash H ahead of word_info_hashed(): the table is
 * larger than a core's cache on a real corpus, and a text's words looked
 * up one after the other waited for each miss in turn. */
static inline void
word_prefetch (const WordTable *t, guint64 h)
{
  if (t->cap)
    __builtin_prefetch (&t->slots[h & (t->cap - 1)]);
}

/* Ask for the record of the word hashed H when its slot is where a probe
 * starts (most words: the table is at most 70% full): its fields and its
 * word, which the probe compares, may lie on two cache lines. */
static inline void
word_prefetch_info (const WordTable *t, guint64 h)
{
  if (t->cap)
    {
      const WordSlot *sl = &t->slots[h & (t->cap - 1)];
      if (sl->hash == h)
        {
          __builtin_prefetch (sl->info);
          __builtin_prefetch (sl->info + 1);
        }
    }
}

/* The WordInfo of W (word_hash() H, LW bytes), made on first sight.
 * Belongs to N (until the table is emptied at the start of a
 * cg_normalize() call). */
static const WordInfo *
word_info_hashed (CgNormalizer *n, const char *w, guint64 h, gsize lw)
{
  WordTable *t = &n->words;
  if (t->len + 1 > t->cap / 10 * 7)
    word_table_grow (t);
  gsize j = h & (t->cap - 1);
  for (; t->slots[j].hash; j = (j + 1) & (t->cap - 1))
    if (t->slots[j].hash == h && strcmp ((const char *) (t->slots[j].info + 1), w) == 0)
      return t->slots[j].info;
  /* the stemmer's buffer copied once, into the record (stem_raw()'s copy
   * was a malloc and a free a new word) */
  const sb_symbol *sb = sb_stemmer_stem (n->stemmer, (const sb_symbol *) w, (int) lw);
  const char *st = sb ? (const char *) sb : w;
  gsize ls = (sb ? (gsize) sb_stemmer_length (n->stemmer) : lw) + 1;
  gsize size = (sizeof (WordInfo) + lw + 1 + ls + 7) & ~(gsize) 7;
  if (size > t->left)
    {
      gsize bytes = MAX (size, 64 * 1024);
      if (t->blocks == NULL)
        t->blocks = g_ptr_array_new_with_free_func (g_free);
      t->pos = g_malloc (bytes);
      t->left = bytes;
      g_ptr_array_add (t->blocks, t->pos);
    }
  WordInfo *wi = (WordInfo *) (void *) t->pos;
  t->pos += size, t->left -= size;
  char *key = (char *) (wi + 1);
  memcpy (key, w, lw + 1);
  char *stem = memcpy (key + lw + 1, st, ls - 1);
  stem[ls - 1] = '\0';
  wi->stem = stem;
  wi->stem_len = (guint32) (ls - 1);
  wi->stem_hash = 0;
  if (memchr (w, ' ', lw) == NULL)
    {
      guint64 sh = HASH_SEED;
      for (gsize k = 0; k + 1 < ls; k++)
        sh = (sh ^ (guchar) stem[k]) * HASH_PRIME;
      wi->stem_hash = sh;   /* 0 (never seen): worked out again by the reader, the same */
    }
  const CgLexWord *lx = cg_lexicon_word (n->words_lex, w, (gssize) lw);
  wi->id = lx ? lx->id : 0;
  wi->stop = g_hash_table_contains (n->stopwords, w);
  wi->syn_start = g_hash_table_contains (n->synonym_starts, wi->stem);
  wi->side = n->side_lex ? cg_lexicon_word (n->side_lex, w, (gssize) lw) : NULL;
  t->slots[j].hash = h;
  t->slots[j].info = wi;
  t->len++;
  return wi;
}

/* The word of a WordInfo: the table's copy, kept while the texts live. */
static inline char *
info_word (const WordInfo *wi)
{
  return (char *) (wi + 1);
}

static const WordInfo *
word_info (CgNormalizer *n, const char *w)
{
  gsize lw;
  guint64 h = word_hash (w, &lw);
  return word_info_hashed (n, w, h, lw);
}

/* memcmp() == 0 for the few bytes of a suffix, without the call */
static inline gboolean
same_bytes (const char *a, const char *b, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (a[i] != b[i])
      return FALSE;
  return TRUE;
}

/* A word list and the words_lex ids of its words, grown as needed. */
typedef struct {
  RawWord *w;
  guint32 *ids;
  guint    n, cap;
} Words;

/* Scratch list K of N, emptied, with room for NEED words: give it back
 * with words_give() (it may have grown). */
static Words
words_take (CgNormalizer *n, guint k, guint need)
{
  Words v = { n->scratch_w[k], n->scratch_ids[k], 0, n->scratch_cap[k] };
  if (v.cap < need)
    {
      v.cap = MAX (need, 2 * v.cap);
      v.w = g_renew (RawWord, v.w, v.cap);
      v.ids = g_renew (guint32, v.ids, v.cap);
    }
  return v;
}

static void
words_give (CgNormalizer *n, guint k, const Words *v)
{
  n->scratch_w[k] = v->w;
  n->scratch_ids[k] = v->ids;
  n->scratch_cap[k] = v->cap;
}

static inline G_ALWAYS_INLINE RawWord *
words_push (Words *v, const RawWord *m, char *w, const WordInfo *info)
{
  if (v->n == v->cap)
    {
      v->cap = MAX (2 * v->cap, 16);
      v->w = g_renew (RawWord, v->w, v->cap);
      v->ids = g_renew (guint32, v->ids, v->cap);
    }
  RawWord *r = &v->w[v->n];
  *r = *m;
  r->w = w;
  r->info = info;
  v->ids[v->n++] = info->id;
  return r;
}

/* split_words()'s BUF_OUT for a text of BYTES bytes, reused call after
 * call: the words in it are read before the next call. */
static char *
words_buf (CgNormalizer *n, gsize bytes)
{
  if (n->words_buf_cap < bytes + 2)
    {
      n->words_buf_cap = MAX (bytes + 2, 2 * n->words_buf_cap);
      g_free (n->words_buf);
      n->words_buf = g_malloc (n->words_buf_cap);
    }
  return n->words_buf;
}

/* TEXT's folded words for a phrase lookup, in the normalizer's reused
 * chunk and words_buf() (valid until the next call, or cg_normalize()).
 * Returns a new array of borrowed strings. */
static GPtrArray *
phrase_words (CgNormalizer *n, const char *text)
{
  GStringChunk *sc = n->phrase_words;
  g_string_chunk_clear (sc);
  GArray *raw = split_words (n, text, sc, words_buf (n, strlen (text)), NULL, NULL);
  GPtrArray *words = g_ptr_array_sized_new (raw->len);
  for (guint i = 0; i < raw->len; i++)
    g_ptr_array_add (words, g_array_index (raw, RawWord, i).w);
  return words;
}

/* A match of list LIST of words_lex at V[POS..]: its rule, or NULL. */
static inline G_ALWAYS_INLINE const CgRule *
wl_match (CgNormalizer *n, guint list, const Words *v, guint pos, guint *len)
{
  CgLexMatch m;
  *len = 0;
  if (!cg_lexicon_match_ids (n->words_lex, list, v->ids, v->n, pos, &m))
    return NULL;
  *len = m.len;
  return m.rule;
}

/* Is W an abbreviation of single ASCII letters joined by dots ("f.b.i",
 * "n.j"), as split_words() keeps one? */
static gboolean
dotted (const char *w)
{
  /* its second byte a dot, or it is none: a strchr() of each word was
   * 0.8% of the compare thread's instructions at p10 */
  if (w[0] == '\0' || w[1] != '.')
    return FALSE;
  for (const char *q = w; *q; q += 2)
    if (!g_ascii_isalpha (q[0]) || (q[1] != '.' && q[1] != '\0') || (q[1] == '.' && q[2] == '\0'))
      return FALSE;
    else if (q[1] == '\0')
      break;
  return TRUE;
}

void
cg_normalizer_set_side_lexicon (CgNormalizer *n, const CgLexicon *lexicon)
{
  /* the words seen so far carry the old one's */
  if (n->words.len)
    word_table_clear (&n->words);
  n->side_lex = lexicon;
}

const CgLexicon *
cg_normalizer_side_lexicon (CgNormalizer *n)
{
  return n->side_lex;
}

guint
cg_normalizer_n_words (CgNormalizer *n)
{
  return (guint) n->words.len;
}

CgNormText *
cg_normalize (CgNormalizer *n, const char *text)
{
  /* the word table is bounded by the vocabulary; a runaway one (a corpus
   * of typos) starts afresh, between calls: a call keeps pointers into it */
  if (n->words.len > 1000000 && g_atomic_int_get (&n->live_texts) == 0)
    word_table_clear (&n->words);
  NormText *owned = g_atomic_pointer_exchange (&n->spare, NULL);
  if (owned == NULL)
    {
      owned = g_new0 (NormText, 1);
      owned->normalizer = n;
      /* the text's own strings are the few a token makes (figures,
       * phrases, words outside ASCII): its words are the word table's */
      owned->text.strings = g_string_chunk_new (128);
    }
  g_atomic_int_inc (&n->live_texts);
  CgNormText *out = &owned->text;
  gsize bytes = text ? strlen (text) : 0;
  GStringChunk *sc = out->strings;
  /* room for a hash per word: no more words than bytes, and one */
  if (n->hash_cap < bytes + 2)
    {
      n->hash_cap = MAX (bytes + 2, 2 * n->hash_cap);
      n->hashes = g_renew (guint64, n->hashes, n->hash_cap);
      n->lens = g_renew (gsize, n->lens, n->hash_cap);
    }
  guint64 *hashes = n->hashes;
  gsize *lens = n->lens;
  GArray *raw = split_words (n, text, sc, words_buf (n, bytes), hashes, lens);

  /* Clitics and negation suffixes first, then spelling variants, which
   * may turn one word into several ("u.s" -> "usa") or several into one. */
  Words words = words_take (n, 0, raw->len + 1);
  for (guint i = 0; i < raw->len; i++)
    {
      RawWord *r = &g_array_index (raw, RawWord, i);
      /* hashed first, which measures it too (split_words() hashed the
       * plain ASCII words); again only if a clitic is cut */
      gsize lw = lens[i];
      guint64 h = hashes[i];
      gboolean neg = FALSE, may_end = n->long_suffix;
      if (h == 0)
        h = word_hash (r->w, &lw);
      else if (!n->plain_suffix)
        {
          /* letters and digits only: it ends in no suffix */
          r->negsuf = FALSE;
          word_prefetch (&n->words, h);
          continue;
        }
      for (guint j = 0; j < n->n_suffix_lens && !may_end; j++)
        {
          guint lx = n->suffix_lens[j];
          guchar b = lw > lx ? (guchar) r->w[lw - lx] : 0;
          may_end = lw > lx && (n->suffix_first[lx][b >> 3] & (1u << (b & 7)));
        }
      hashes[i] = h;
      lens[i] = lw;
      if (!may_end)
        {
          r->negsuf = FALSE;
          word_prefetch (&n->words, h);
          continue;
        }
      for (guint k = 0; k < n->neg_suffixes->len && !neg; k++)
        {
          guint lx = n->neg_suffix_len[k];
          neg = lw > lx && same_bytes (r->w + lw - lx, g_ptr_array_index (n->neg_suffixes, k), lx);
        }
      if (!neg)
        for (guint k = 0; k < n->clitics->len; k++)
          {
            guint lx = n->clitic_len[k];
            if (lw > lx && same_bytes (r->w + lw - lx, g_ptr_array_index (n->clitics, k), lx))
              {
                r->w[lw - lx] = '\0';
                r->poss = n->clitic_poss[k];
                hashes[i] = word_hash (r->w, &lens[i]);
                break;
              }
          }
      r->negsuf = neg;
      word_prefetch (&n->words, hashes[i]);
    }
  /* the lookups after all the slots were asked for, the records a few
   * words ahead (the table does not change until a word is new) */
  for (guint i = 0; i < raw->len; i++)
    {
      RawWord *r = &g_array_index (raw, RawWord, i);
      if (i + WORD_AHEAD < raw->len)
        word_prefetch_info (&n->words, hashes[i + WORD_AHEAD]);
      words_push (&words, r, r->w, word_info_hashed (n, r->w, hashes[i], lens[i]));
    }

  Words vw = words_take (n, 1, words.n + 8);
  for (guint i = 0; i < words.n;)
    {
      guint len = 0;
      const RawWord *m = &words.w[i];
      const CgRule *r = NULL;
      if (m->upper)
        {
          char *one[2] = { m->w, NULL };
          if ((r = cg_lexicon_match (n->upper_variants, one, 1, 0, &len)) != NULL)
            len = 1;
        }
      if (r == NULL && !m->negsuf)
        r = wl_match (n, WL_VARIANTS, &words, i, &len);
      if (r != NULL)
        {
          char **parts = g_strsplit (cg_rule_attr (r, "as"), " ", -1);
          for (char **p = parts; *p; p++)
            if (**p)
              {
                char *f = fold_into (sc, *p, strlen (*p));
                words_push (&vw, m, f, word_info (n, f));
              }
          g_strfreev (parts);
          i += len;
        }
      else if (n->fold_dots && dotted (m->w))
        {
          /* "F.B.I." and "FBI" are one name; a dotted form with a
           * variant of its own ("u.s" -> "usa") was read above */
          GString *f = n->cur;
          g_string_truncate (f, 0);
          for (const char *q = m->w; *q; q++)
            if (*q != '.')
              g_string_append_c (f, *q);
          char *w = g_string_chunk_insert (sc, f->str);
          words_push (&vw, m, w, word_info (n, w));
          i++;
        }
      else
        {
          words_push (&vw, m, m->w, m->info);
          i++;
        }
    }
  words_give (n, 0, &words);

  /* a token takes one word at least: room for all of them at once, stored
   * without a call each (the array's length is set after the loop) */
  if (out->tokens == NULL)
    out->tokens = g_array_sized_new (FALSE, FALSE, sizeof (CgNormToken), vw.n);
  g_array_set_size (out->tokens, vw.n);
  CgNormToken *tok = (CgNormToken *) (void *) out->tokens->data;
  guint n_tok = 0;
  /* per token: its stem starts a synonym phrase */
  if (n->syn_cap < vw.n + 1)
    {
      n->syn_cap = MAX (vw.n + 1, 2 * n->syn_cap);
      n->syn = g_renew (gboolean, n->syn, n->syn_cap);
    }
  gboolean *syn = n->syn;
  memset (syn, 0, (vw.n + 1) * sizeof *syn);
  for (guint i = 0; i < vw.n;)
    {
      const RawWord *m = &vw.w[i];
      char *w = m->w;
      CgNormToken t = { 0 };
      guint len = 0;
      const CgRule *r;
      double value;
      const char *suffix;

      if ((r = wl_match (n, WL_NOT_NEGATIONS, &vw, i, &len)) != NULL)
        {
          out->non_negations++;
          for (guint k = 0; k < len; k++)
            {
              char *wk = info_word (vw.w[i + k].info);
              CgNormToken s = { .word = wk, .stem = wk, .concept = wk, .flags = CG_NORM_STOP,
                                .side = vw.w[i + k].info->side };
              if (k == 0 && m->brk)
                s.flags |= CG_NORM_BREAK;
              syn[n_tok] = g_hash_table_contains (n->synonym_starts, s.stem);
              tok[n_tok++] = s;
            }
          i += len;
          continue;
        }
      if (m->negsuf || (r = wl_match (n, WL_NEGATIONS, &vw, i, &len)) != NULL)
        {
          if (len == 0)
            len = 1;
          if (len == 1)
            {
              t.word = info_word (m->info);
              t.side = m->info->side;
            }
          else
            {
              GString *g = g_string_new (NULL);
              for (guint k = 0; k < len; k++)
                g_string_append_printf (g, "%s%s", k ? " " : "", vw.w[i + k].w);
              t.word = g_string_chunk_insert_len (sc, g->str, (gssize) g->len);
              g_string_free (g, TRUE);
              t.side = n->side_lex ? cg_lexicon_word (n->side_lex, t.word, -1) : NULL;
            }
          t.stem = t.word;
          t.concept = g_string_chunk_insert (sc, "not");   /* not _const: its table was a hash table per text */
          t.flags = CG_NORM_NEGATION | (m->brk ? CG_NORM_BREAK : 0) | (m->cap ? CG_NORM_CAPITALIZED : 0);
          out->negations++;
          tok[n_tok++] = t;
          i += len;
          continue;
        }

      /* a figure in digits, or in words ("killed nine people" states the
       * same value as "killed 9", another than "killed 10") */
      guint num_len = 1;
      gboolean is_number = parse_number (w, &value, &suffix);
      if (!is_number && (r = wl_match (n, WL_NUMBER_WORDS, &vw, i, &num_len)) != NULL)
        {
          is_number = TRUE;
          value = scale_value (r);
          suffix = NULL;
        }
      if (is_number)
        {
          const char *unit = NULL;
          gboolean scaled = FALSE;
          guint j = i + num_len;
          /* a currency sign just before: "$350" */
          if (i > 0 && vw.w[i - 1].symbol)
            {
              const CgRule *c = wl_match (n, WL_CURRENCIES, &vw, i - 1, &len);
              if (c)
                unit = cg_rule_attr (c, "unit");
            }
          if (suffix)
            {
              const CgLexWord *sw = cg_lexicon_word (n->words_lex, suffix, -1);
              guint32 sid = sw ? sw->id : 0;
              CgLexMatch sm;
              if (cg_lexicon_match_ids (n->words_lex, WL_SCALES, &sid, 1, 0, &sm))
                {
                  value *= scale_value (sm.rule);
                  scaled = TRUE;
                }
            }
          if (!scaled && (r = wl_match (n, WL_SCALES, &vw, j, &len)) != NULL)
            {
              value *= scale_value (r);
              scaled = TRUE;
              j += len;
            }
          if ((r = wl_match (n, WL_CURRENCIES, &vw, j, &len)) != NULL)
            {
              if (unit == NULL)
                unit = cg_rule_attr (r, "unit");
              j += len;
            }
          t.word = info_word (m->info);
          t.side = m->info->side;
          t.value = value;
          t.unit = unit;
          char buf[64];
          if (value >= 0 && !signbit (value) && value < 1e6 && value == (double) (gint64) value
              && (!unit || strlen (unit) < sizeof buf - 8))
            {
              /* what %.6g prints of a whole number below a million, without
               * the formatter (two thousand instructions a figure) */
              char digits[8];
              guint nd = 0;
              for (gint64 v = (gint64) value; nd == 0 || v > 0; v /= 10)
                digits[nd++] = (char) ('0' + v % 10);
              guint k = 0;
              buf[k++] = '#';
              while (nd > 0)
                buf[k++] = digits[--nd];
              buf[k] = '\0';
              if (unit)
                strcpy (buf + k, unit);
              t.stem = g_string_chunk_insert (sc, buf);
            }
          else if (g_snprintf (buf, sizeof buf, "#%.6g%s", value, unit ? unit : "") < (gint) sizeof buf)
            t.stem = g_string_chunk_insert (sc, buf);
          else
            {
              char *st = g_strdup_printf ("#%.6g%s", value, unit ? unit : "");
              t.stem = g_string_chunk_insert (sc, st);
              g_free (st);
            }
          t.concept = t.stem;
          t.flags = CG_NORM_NUMBER | CG_NORM_ENTITY | (m->brk ? CG_NORM_BREAK : 0);
          if (!scaled && unit == NULL && suffix == NULL && value >= 1000 && value < 3000
              && value == (double) (gint64) value)
            t.flags |= CG_NORM_YEAR;
          tok[n_tok++] = t;
          i = j;
          continue;
        }

      if (m->symbol)
        {
          i++;          /* a sign not before a number says nothing */
          continue;
        }

      t.stem = (char *) m->info->stem;   /* the word table's: kept while the text lives */
      t.stem_hash = m->info->stem_hash;
      t.stem_len = m->info->stem_len;
      t.concept = t.stem;
      if (m->info->stop)
        t.flags |= CG_NORM_STOP;
      if (m->cap)
        t.flags |= CG_NORM_CAPITALIZED;
      if (m->brk)
        t.flags |= CG_NORM_BREAK;
      if (m->poss)
        t.flags |= CG_NORM_POSSESSIVE;
      if (m->hyph)
        t.flags |= CG_NORM_HYPHENATED;
      /* a capitalized function word inside the text is a sentence whose
       * period was lost ("such a stupid wall It's going to be ..."): the
       * clause ends there (one letter words are "I" and "A") */
      if (m->cap && !m->initial && (t.flags & CG_NORM_STOP) && w[0] && w[1] && i > 0 && !vw.w[i - 1].cap)
        t.flags |= CG_NORM_BREAK;
      if (m->cap && !m->initial && !(t.flags & CG_NORM_STOP))
        t.flags |= CG_NORM_ENTITY;
      t.word = info_word (m->info);
      t.side = m->info->side;
      syn[n_tok] = m->info->syn_start;
      tok[n_tok++] = t;
      i++;
    }
  g_array_set_size (out->tokens, n_tok);
  words_give (n, 1, &vw);

  /* Synonyms: the longest run of stems that is a synonym phrase becomes
   * one token whose concept is the head. */
  GArray *toks = out->tokens;
  for (guint i = 0; i < toks->len; i++)
    {
      CgNormToken *t = &g_array_index (toks, CgNormToken, i);
      if ((t->flags & (CG_NORM_NUMBER | CG_NORM_NEGATION)) || !syn[i])
        continue;
      guint best = 0;
      const char *head = NULL;
      GString *key = n->cur;   /* scratch: nothing else holds it now */
      GString *wkey = n->wcur;
      g_string_truncate (key, 0);
      g_string_truncate (wkey, 0);
      gboolean words = g_hash_table_size (n->synonym_words) > 0;
      for (guint k = 0; k < n->max_synonym && i + k < toks->len; k++)
        {
          CgNormToken *u = &g_array_index (toks, CgNormToken, i + k);
          if (u->flags & (CG_NORM_NUMBER | CG_NORM_NEGATION))
            break;
          if (k)
            g_string_append_c (key, ' ');
          g_string_append (key, u->stem);
          const char *h = g_hash_table_lookup (n->synonyms, key->str);
          if (words)
            {
              if (k)
                g_string_append_c (wkey, ' ');
              g_string_append (wkey, u->word);
              if (h == NULL)
                h = g_hash_table_lookup (n->synonym_words, wkey->str);
            }
          if (h)
            {
              best = k + 1;
              head = h;
            }
        }
      if (head == NULL)
        continue;
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
          t->word = g_string_chunk_insert_len (sc, ws->str, (gssize) ws->len);
          t->side = n->side_lex ? cg_lexicon_word (n->side_lex, t->word, -1) : NULL;
          t->stem = g_string_chunk_insert_len (sc, ss->str, (gssize) ss->len);
          g_string_free (ws, TRUE);
          g_string_free (ss, TRUE);
          t->flags &= ~CG_NORM_STOP;
          t->stem_hash = 0;
          t->stem_len = 0;
          g_array_remove_range (toks, i + 1, best - 1);
          memmove (syn + i + 1, syn + i + best, (toks->len - (i + 1)) * sizeof *syn);
          t = &g_array_index (toks, CgNormToken, i);
        }
      t->concept = g_string_chunk_insert (sc, head);
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
  NormText *owned = (NormText *) (void *) norm;
  CgNormalizer *n = owned->normalizer;
  g_atomic_int_dec_and_test (&n->live_texts);
  guint had = norm->tokens->len;
  g_array_set_size (norm->tokens, 0);
  g_string_chunk_clear (norm->strings);
  norm->negations = norm->non_negations = norm->opened = 0;
  /* one kept, and only a small one: a long text's array would stay */
  if (had < 4096 && g_atomic_pointer_compare_and_exchange (&n->spare, NULL, owned))
    return;
  norm_text_drop (owned);
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

static void
anchors_free (gpointer p)
{
  Anchors *a = p;
  for (guint i = 0; i < a->n; i++)
    g_free (a->words[i]);
  g_free (a);
}

/* LEX's anchors: the longest ASCII word of each of its phrases, distinct
 * (n stays 0 when a phrase has none, or there are more than
 * ANCHORS_MAX). */
static const Anchors *
anchors_of (CgNormalizer *n, const CgLexicon *lex)
{
  if (n->anchors == NULL)
    n->anchors = g_ptr_array_new_with_free_func (anchors_free);
  for (guint i = 0; i < n->anchors->len; i++)
    if (((Anchors *) g_ptr_array_index (n->anchors, i))->lexicon == lex)
      return g_ptr_array_index (n->anchors, i);
  Anchors *a = g_new0 (Anchors, 1);
  a->lexicon = lex;
  g_ptr_array_add (n->anchors, a);
  guint size = cg_lexicon_size (lex);
  for (guint i = 0; i < size; i++)
    {
      const CgRule *r = cg_lexicon_phrase (lex, i, NULL);
      const char *best = NULL;
      for (guint k = 0; k < r->n_words; k++)
        {
          const char *w = r->words[k], *q = w;
          while (*q && !((guchar) *q & 0x80))
            q++;
          if (*q == '\0' && *w && (best == NULL || strlen (w) > strlen (best)))
            best = w;
        }
      guint j = 0;
      while (best && j < a->n && strcmp (a->words[j], best) != 0)
        j++;
      if (best && j < a->n)
        continue;
      if (best == NULL || a->n == ANCHORS_MAX)
        {
          /* no test for this lexicon */
          for (guint k = 0; k < a->n; k++)
            g_free (a->words[k]);
          a->n = 0;
          break;
        }
      a->words[a->n++] = g_strdup (best);
    }
  return a;
}

/* May TEXT hold a phrase of A's lexicon?  FALSE only when it surely does
 * not: split_words() makes each of its words from a run of TEXT's code
 * points (a backtick read as an apostrophe, the other folds giving no
 * letters or digits), lower-cased, unless the word holds a letter or
 * digit outside ASCII; so a text none of whose lower-cased, folded runs
 * holds an anchor has no word equal to it, and no phrase matches.
 * Splitting a text costs some thirty instructions a byte, this test a
 * few: most texts asked about hold no phrase of a small lexicon (the
 * linker's [method_notes] of each assertion it compares). */
static gboolean
may_hold (CgNormalizer *n, const char *text, const Anchors *a)
{
  if (a->n == 0)
    return TRUE;
  gsize bytes = strlen (text);
  const char *end = text + bytes;
  /* no more bytes out than in: a code point folds to one byte at most */
  g_string_set_size (n->lowered, bytes);
  char *o = n->lowered->str;
  for (const char *p = text; p < end;)
    {
      guchar b = (guchar) *p;
      if (b < 0x80)
        {
          *o++ = b == '`' ? '\'' : (char) (b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
          p++;
          continue;
        }
      gunichar c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;    /* skipped, as split_words() skips it */
          continue;
        }
      c = fold_char (c);
      if (c < 0x80)
        *o++ = (char) c;
      else if (u_isalnum (c))
        return TRUE;    /* a word of it may fold to ASCII ("\u00df" -> "ss") */
      else
        *o++ = '\x01';
      p = g_utf8_next_char (p);
    }
  *o = '\0';
  for (guint i = 0; i < a->n; i++)
    if (strstr (n->lowered->str, a->words[i]))
      return TRUE;
  return FALSE;
}

void
cg_normalizer_find_phrases (CgNormalizer *n, const char *text, const CgLexicon *const *lexicons,
                            guint n_lexicons, const CgRule **matches)
{
  for (guint k = 0; k < n_lexicons; k++)
    matches[k] = NULL;
  if (text == NULL)
    return;
  if (n->phrase_memo == NULL)
    n->phrase_memo = g_new0 (PhraseMemo, PHRASE_MEMO_SLOTS);
  gsize len;
  guint64 h = word_hash (text, &len);
  PhraseMemo *slot = &n->phrase_memo[h & (PHRASE_MEMO_SLOTS - 1)];
  PhraseMemo *memo = slot->hash == h && strcmp (slot->text, text) == 0 ? slot : NULL;
  GPtrArray *words = NULL;
  for (guint k = 0; k < n_lexicons; k++)
    {
      if (lexicons[k] == NULL)
        continue;
      guint m = 0;
      while (memo && m < memo->n && memo->lexicons[m] != lexicons[k])
        m++;
      if (memo && m < memo->n)
        {
          matches[k] = memo->matches[m];
          continue;
        }
      if (words == NULL && may_hold (n, text, anchors_of (n, lexicons[k])))
        words = phrase_words (n, text);
      for (guint i = 0; words && i < words->len && !matches[k]; i++)
        {
          guint len;
          matches[k] = match_at (lexicons[k], words, i, &len);
        }
      if (memo == NULL)
        {
          memo = slot;
          g_free (memo->text);
          memo->hash = h;
          memo->text = g_memdup2 (text, len + 1);
          memo->n = 0;
        }
      if (memo->n < PHRASE_MEMO_LEXICONS)
        {
          memo->lexicons[memo->n] = lexicons[k];
          memo->matches[memo->n++] = matches[k];
        }
    }
  if (words)
    g_ptr_array_unref (words);
}

static inline gboolean
word_byte (char c, gboolean digits)
{
  return digits ? g_ascii_isalnum (c) : g_ascii_isalpha (c);
}

const char *
cg_text_last_word (const char *text, gboolean digits, gsize *len)
{
  const char *end = text + strlen (text);
  while (end > text && !word_byte (end[-1], digits))
    end--;
  const char *start = end;
  while (start > text && word_byte (start[-1], digits))
    start--;
  *len = (gsize) (end - start);
  return start == end ? NULL : start;
}

gboolean
cg_normalizer_has_phrase (CgNormalizer *n, const CgLexicon *lexicon, const char *text,
                          const CgRule **match)
{
  const CgRule *r = NULL;
  cg_normalizer_find_phrases (n, text, &lexicon, 1, &r);
  if (match)
    *match = r;
  return r != NULL;
}
