/* reader.c: stage 1, from a file on disk to a CgArticle.
 *
 * The reader turns bytes into an analysis text of exactly the same length:
 * it rejects what is not UTF-8 prose (binary, UTF-16, bad UTF-8, empty, too
 * big) with a message naming the file and the byte, then blanks to ASCII
 * spaces everything that is not prose (BOM, CR, control bytes, Markdown
 * markup, boilerplate) so that an offset into the text is an offset into the
 * file.  It also finds the article's metadata where pages print it (a
 * byline, a date cue, an author note, a copyright line, the outlet naming
 * itself in its own appeals), and lets a row of the corpus's metadata table
 * (cg-metatable.h), then a sidecar ARTICLE.meta, override it.
 *
 * All the language knowledge (boilerplate phrases, outlet names, months,
 * cue words) comes from boilerplate.rules and metadata.rules, compiled once
 * in cg_reader_new(); a CgReader is read-only afterwards, so any number of
 * threads may read articles with it.  Every pass is linear in the article's
 * size, without per-byte allocation: a 10 MB line costs what 10 MB cost.
 */
#include "cg-reader.h"
#include "cg-sha256.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined (__SSE2__) && defined (__x86_64__)
#include <emmintrin.h>
#define HAVE_SSE2 1
#endif

/* ---- small byte helpers ------------------------------------------------ */

static inline guchar
lower (guchar c)
{
  return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

static inline gboolean
is_blank (guchar c)
{
  return c == ' ' || c == '\t';
}

static inline gboolean
is_space (guchar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* A byte that can be inside a word: phrases match at word starts only. */
/* Byte classes for the hot loops: one table load per byte. */
enum { C_WORD = 1, C_BLANK = 2, C_NL = 4, C_CTRL = 8 };

static const guint8 *
byte_classes (void)
{
  static guint8 table[256];
  static gsize done = 0;
  if (g_once_init_enter (&done))
    {
      for (guint c = 0; c < 256; c++)
        {
          guint8 k = 0;
          if (g_ascii_isalnum (c) || c >= 0x80)
            k |= C_WORD;
          if (c == ' ' || c == '\t' || c == '\r')
            k |= C_BLANK;
          if (c == '\n')
            k |= C_NL;
          if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
            k |= C_CTRL;
          table[c] = k;
        }
      g_once_init_leave (&done, 1);
    }
  return table;
}

static inline gboolean
is_word_byte (guchar c)
{
  return (guchar) ((c | 0x20) - 'a') < 26 || (guchar) (c - '0') < 10 || c >= 0x80;
}

static inline gboolean
is_digit (guchar c)
{
  return c >= '0' && c <= '9';
}

/* ---- whole-text passes, sixteen bytes at a time ------------------------ */

/* The byte passes below run over every article once or more; with SSE2
 * they look at sixteen bytes per step and fall back to the byte loop for
 * the rest.  Each gives exactly what its byte loop gives. */

/* Whether DATA (LEN bytes) is valid UTF-8, as g_utf8_validate_len() says,
 * *END at the first invalid character.  ASCII is valid by itself and no
 * multi-byte character holds an ASCII byte, so only the runs of bytes of
 * 0x80 and up go to GLib, the ASCII between them is skipped. */
static gboolean
utf8_valid (const char *data, gsize len, const char **end)
{
  gsize i = 0;
  while (i < len)
    {
#ifdef HAVE_SSE2
      while (i + 16 <= len
             && _mm_movemask_epi8 (_mm_loadu_si128 ((const __m128i *) (const void *) (data + i))) == 0)
        i += 16;
#endif
      while (i < len && (guchar) data[i] < 0x80)
        i++;
      gsize j = i;
      while (j < len && (guchar) data[j] >= 0x80)
        j++;
      if (j > i && !g_utf8_validate_len (data + i, j - i, end))
        return FALSE;
      i = j;
    }
  if (end)
    *end = data + len;
  return TRUE;
}

/* DATA[0, LEN) into OUT with each control byte of C_CTRL (below 0x20 but
 * tab and newline, and 0x7F) as a space. */
static void
copy_blanking_controls (const char *data, gsize len, char *out)
{
  gsize i = 0;
#ifdef HAVE_SSE2
  const __m128i sp = _mm_set1_epi8 (' '), tab = _mm_set1_epi8 ('\t'), nl = _mm_set1_epi8 ('\n');
  const __m128i del = _mm_set1_epi8 (0x7F), below = _mm_set1_epi8 (0x1F);
  for (; i + 16 <= len; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) (data + i));
      __m128i ctl = _mm_cmpeq_epi8 (_mm_min_epu8 (v, below), v);            /* v <= 0x1F */
      ctl = _mm_andnot_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, tab), _mm_cmpeq_epi8 (v, nl)), ctl);
      ctl = _mm_or_si128 (ctl, _mm_cmpeq_epi8 (v, del));
      v = _mm_or_si128 (_mm_and_si128 (ctl, sp), _mm_andnot_si128 (ctl, v));
      _mm_storeu_si128 ((__m128i *) (void *) (out + i), v);
    }
#endif
  const guint8 *cls = byte_classes ();
  for (; i < len; i++)
    {
      guchar c = data[i];
      out[i] = (cls[c] & C_CTRL) ? ' ' : c;
    }
}

/* TEXT[0, LEN) into OUT with its ASCII letters lowercased (lower()). */
static void
lower_ascii (const char *text, gsize len, char *out)
{
  gsize i = 0;
#ifdef HAVE_SSE2
  const __m128i a = _mm_set1_epi8 ('A'), z25 = _mm_set1_epi8 (25), bit = _mm_set1_epi8 (0x20);
  for (; i + 16 <= len; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) (text + i));
      __m128i d = _mm_sub_epi8 (v, a);
      __m128i up = _mm_cmpeq_epi8 (_mm_min_epu8 (d, z25), d);              /* 'A' <= v <= 'Z' */
      _mm_storeu_si128 ((__m128i *) (void *) (out + i), _mm_or_si128 (v, _mm_and_si128 (up, bit)));
    }
#endif
  for (; i < len; i++)
    out[i] = (char) lower ((guchar) text[i]);
}

/* The end of the run of word bytes (is_word_byte()) at P in TEXT, which
 * has LEN bytes and a NUL after them. */
static gsize
word_end (const char *text, gsize len, gsize p)
{
#ifdef HAVE_SSE2
  const __m128i bit = _mm_set1_epi8 (0x20), a = _mm_set1_epi8 ('a'), zero = _mm_set1_epi8 ('0');
  const __m128i z25 = _mm_set1_epi8 (25), n9 = _mm_set1_epi8 (9);
  while (p + 16 <= len)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) (text + p));
      __m128i l = _mm_sub_epi8 (_mm_or_si128 (v, bit), a), d = _mm_sub_epi8 (v, zero);
      guint word = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_min_epu8 (l, z25), l))
                   | (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_min_epu8 (d, n9), d))
                   | (guint) _mm_movemask_epi8 (v);
      if (word != 0xFFFF)
        return p + (gsize) __builtin_ctz (~word);
      p += 16;
    }
#endif
  while (p < len && is_word_byte ((guchar) text[p]))
    p++;
  return p;
}

/* memmem (HAY, N, LIT, M) for M >= 1: with SSE2 the positions where
 * both the first and the last byte of LIT sit are found sixteen at a time
 * and only those compared whole (glibc's memmem() was about 17
 * instructions a byte of an article, once per wire agency). */
static const char *
find_literal (const char *hay, gsize n, const char *lit, gsize m)
{
  if (m > n)
    return NULL;
  gsize i = 0;
#ifdef HAVE_SSE2
  const __m128i first = _mm_set1_epi8 (lit[0]), last = _mm_set1_epi8 (lit[m - 1]);
  for (; i + m - 1 + 16 <= n; i += 16)
    {
      __m128i f = _mm_cmpeq_epi8 (first, _mm_loadu_si128 ((const __m128i *) (const void *) (hay + i)));
      __m128i l = _mm_cmpeq_epi8 (last, _mm_loadu_si128 ((const __m128i *) (const void *) (hay + i + m - 1)));
      guint bits = (guint) _mm_movemask_epi8 (_mm_and_si128 (f, l));
      while (bits)
        {
          guint k = (guint) __builtin_ctz (bits);
          if (memcmp (hay + i + k, lit, m) == 0)
            return hay + i + k;
          bits &= bits - 1;
        }
    }
#endif
  return memmem (hay + i, n - i, lit, m);
}

static gboolean
holds_literal (const char *hay, gsize n, const char *lit, gsize m)
{
  return find_literal (hay, n, lit, m) != NULL;
}

/* The literals of a "requires=" value, "A|B" (one of A and B),
 * lowercased when LOWER, NULL-terminated.  Returns NULL when a literal is
 * empty.  Free with g_strfreev(). */
static char **
parse_needs (const char *value, gboolean lower)
{
  char **lits = g_strsplit (value, "|", -1);
  for (char **l = lits; *l; l++)
    {
      if (lower)
        {
          char *d = g_ascii_strdown (*l, -1);
          g_free (*l);
          *l = d;
        }
      /* spaces around "|" separate; a literal keeps its inner ones */
      g_strstrip (*l);
      if (**l == '\0')
        {
          g_strfreev (lits);
          return NULL;
        }
    }
  return lits;
}

/* Number of '\n' in [0, end): for line numbers in messages. */
static guint
line_of (const char *data, gsize end)
{
  guint line = 1;
  const char *p = data, *stop = data + end;
  while ((p = memchr (p, '\n', stop - p)) != NULL)
    {
      line++;
      p++;
    }
  return line;
}

static void
blank (char *text, gsize start, gsize end)
{
  for (gsize i = start; i < end; i++)
    if (text[i] != '\n')
      text[i] = ' ';
}

/* ---- phrase sets ------------------------------------------------------- */

/* A set of phrases found at word starts in one pass over the text.  The
 * first two (lowercased) bytes of a phrase index a 64K-bit map, so most text
 * positions cost one bit test; only a hit looks at the candidate phrases. */

typedef enum {
  MODE_PHRASE,
  MODE_LINE,
  MODE_LINE_START,
  MODE_LINE_EXACT,
  MODE_PARAGRAPH,
  MODE_TAIL,
  MODE_OUTLET
} Mode;

typedef struct {
  char       *text;     /* lowercased unless the set is case-sensitive; blanks folded to one space */
  gsize       len;
  Mode        mode;
  gboolean    anywhere; /* [tail] ; within=line */
  const char *value;    /* canonical outlet name; owned by the rules */
  /* The first bytes up to the first blank or quotation mark (at most four)
   * as one word: a place whose four bytes, ORed with OR and masked with
   * MASK, are not HEAD cannot match.  Most candidates of a bucket fail
   * there, without phrase_match()'s byte loop.  MASK 0: no such bytes. */
  guint32     head, mask, or;
} Phrase;

typedef struct {
  GPtrArray *phrases;    /* Phrase*, longest first */
  guint8     third[32];  /* the bytes that can come third: a second cheap filter */
} Bucket;

typedef struct {
  guint8     bits[65536 / 8];
  guint16    slot[65536];  /* key -> 1 + index into buckets, 0 for none */
  GPtrArray *buckets;    /* Bucket* */
  GPtrArray  *all;       /* Phrase*, owned */
  gboolean    exact_case;
} PhraseSet;

static guint
phrase_key (guchar a, guchar b, gboolean exact_case)
{
  if (!exact_case)
    {
      a = lower (a);
      b = lower (b);
    }
  return ((guint) a << 8) | b;
}

static void
phrase_free (Phrase *p)
{
  g_free (p->text);
  g_free (p);
}

static void
bucket_free (Bucket *b)
{
  g_ptr_array_unref (b->phrases);
  g_free (b);
}

static void
allow_third (Bucket *b, guchar c, gboolean exact_case)
{
  b->third[c >> 3] |= 1u << (c & 7);
  if (!exact_case && c >= 'a' && c <= 'z')
    allow_third (b, c - 32, TRUE);
}

static PhraseSet *
phrase_set_new (gboolean exact_case)
{
  PhraseSet *s = g_new0 (PhraseSet, 1);
  s->buckets = g_ptr_array_new_with_free_func ((GDestroyNotify) bucket_free);
  s->all = g_ptr_array_new_with_free_func ((GDestroyNotify) phrase_free);
  s->exact_case = exact_case;
  return s;
}

static void
phrase_set_free (PhraseSet *s)
{
  if (s == NULL)
    return;
  g_ptr_array_unref (s->buckets);
  g_ptr_array_unref (s->all);
  g_free (s);
}

/* How much a mode blanks, most first: when two rules match at one place,
 * the one blanking more is tried first (a [tail] before a [line]). */
static int
mode_reach (Mode m)
{
  static const int reach[] = { [MODE_TAIL] = 6, [MODE_PARAGRAPH] = 5, [MODE_LINE] = 4,
                               [MODE_LINE_START] = 3, [MODE_LINE_EXACT] = 2, [MODE_PHRASE] = 1,
                               [MODE_OUTLET] = 0 };
  return reach[m];
}

static gint
longest_first (gconstpointer a, gconstpointer b)
{
  const Phrase *x = *(Phrase *const *) a, *y = *(Phrase *const *) b;
  if (x->len != y->len)
    return (x->len < y->len) - (x->len > y->len);
  return mode_reach (y->mode) - mode_reach (x->mode);
}

/* Add PHRASE; FALSE when it is too short to index (under two bytes). */
static gboolean
phrase_set_add (PhraseSet *s, const char *phrase, Mode mode, gboolean anywhere, const char *value)
{
  GString *t = g_string_new (NULL);
  for (const char *p = phrase; *p; p++)
    {
      guchar c = *p;
      if (is_space (c))
        {
          if (t->len && t->str[t->len - 1] != ' ')
            g_string_append_c (t, ' ');
          continue;
        }
      g_string_append_c (t, s->exact_case ? c : lower (c));
    }
  while (t->len && t->str[t->len - 1] == ' ')
    g_string_truncate (t, t->len - 1);
  if (t->len < 2)
    {
      g_string_free (t, TRUE);
      return FALSE;
    }
  Phrase *ph = g_new0 (Phrase, 1);
  ph->len = t->len;
  ph->text = g_string_free (t, FALSE);
  ph->mode = mode;
  ph->anywhere = anywhere;
  ph->value = value;
  guint8 head[4] = { 0 }, mask[4] = { 0 }, or[4] = { 0 };
  for (guint i = 0; i < 4 && i < ph->len; i++)
    {
      guchar c = ph->text[i];
      if (c == ' ' || c == '\'' || c == '"')
        break;
      head[i] = c;
      mask[i] = 0xFF;
      /* a lowercase letter matches with bit 0x20 set or not: that bit
       * is all an ASCII capital differs by */
      or[i] = !s->exact_case && c >= 'a' && c <= 'z' ? 0x20 : 0;
    }
  memcpy (&ph->head, head, 4);
  memcpy (&ph->mask, mask, 4);
  memcpy (&ph->or, or, 4);
  g_ptr_array_add (s->all, ph);
  guint key = phrase_key (ph->text[0], ph->text[1], TRUE);
  s->bits[key >> 3] |= 1u << (key & 7);
  if (s->slot[key] == 0)
    {
      if (s->buckets->len >= G_MAXUINT16 - 1)
        return FALSE;
      Bucket *nb = g_new0 (Bucket, 1);
      nb->phrases = g_ptr_array_new ();
      g_ptr_array_add (s->buckets, nb);
      s->slot[key] = (guint16) s->buckets->len;
    }
  Bucket *b = g_ptr_array_index (s->buckets, s->slot[key] - 1);
  g_ptr_array_add (b->phrases, ph);
  g_ptr_array_sort (b->phrases, longest_first);
  guchar third = ph->len > 2 ? (guchar) ph->text[2] : 0;
  if (ph->len == 2)
    memset (b->third, 0xFF, sizeof b->third); /* anything may follow */
  else if (third == ' ')
    {
      allow_third (b, ' ', TRUE);
      allow_third (b, '\t', TRUE);
      allow_third (b, '\n', TRUE);
      allow_third (b, '\r', TRUE);
    }
  else
    {
      allow_third (b, third, s->exact_case);
      if (third == '\'' || third == '"')
        allow_third (b, 0xE2, TRUE);
    }
  return TRUE;
}

/* Does PH match TEXT at POS?  A blank in the phrase matches a run of blanks
 * holding at most one line break; ' and " match their curly forms.  Returns
 * the end of the match, or 0. */
static gsize
phrase_match (const PhraseSet *s, const Phrase *ph, const char *text, gsize len, gsize pos)
{
  if (pos + 4 <= len)
    {
      guint32 w;
      memcpy (&w, text + pos, 4);
      if (((w | ph->or) & ph->mask) != ph->head)
        return 0;
    }
  gsize j = pos;
  for (gsize i = 0; i < ph->len; i++)
    {
      guchar c = ph->text[i];
      if (j >= len)
        return 0;
      guchar t = text[j];
      if (c == ' ')
        {
          if (!is_space (t))
            return 0;
          guint nl = 0;
          while (j < len && is_space (text[j]))
            nl += text[j++] == '\n';
          if (nl > 1)
            return 0;
          continue;
        }
      if ((c == '\'' || c == '"') && t == 0xE2 && j + 2 < len && (guchar) text[j + 1] == 0x80)
        {
          guchar d = text[j + 2];
          if ((c == '\'' && (d == 0x98 || d == 0x99)) || (c == '"' && (d == 0x9C || d == 0x9D)))
            {
              j += 3;
              continue;
            }
        }
      if ((s->exact_case ? t : lower (t)) != c)
        return 0;
      j++;
    }
  if (is_word_byte (ph->text[ph->len - 1]) && j < len && is_word_byte (text[j]))
    return 0;
  return j;
}

/* The candidate phrases for POS (longest first), or NULL: one or two bit
 * tests for most positions. */
static inline GPtrArray *
phrase_set_bucket (const PhraseSet *s, const char *text, gsize len, gsize pos)
{
  if (pos + 1 >= len)
    return NULL;
  guint key = phrase_key (text[pos], text[pos + 1], s->exact_case);
  if (!(s->bits[key >> 3] & (1u << (key & 7))))
    return NULL;
  const Bucket *b = g_ptr_array_index (s->buckets, s->slot[key] - 1);
  guchar third = pos + 2 < len ? (guchar) text[pos + 2] : 0;
  if (!(b->third[third >> 3] & (1u << (third & 7))))
    return NULL;
  return b->phrases;
}

/* The longest phrase matching at POS, with its end in *END, or NULL. */
static const Phrase *
phrase_set_at (const PhraseSet *s, const char *text, gsize len, gsize pos, gsize *end)
{
  GPtrArray *b = phrase_set_bucket (s, text, len, pos);
  for (guint i = 0; b && i < b->len; i++)
    {
      const Phrase *ph = g_ptr_array_index (b, i);
      gsize e = phrase_match (s, ph, text, len, pos);
      if (e)
        {
          *end = e;
          return ph;
        }
    }
  return NULL;
}

/* ---- literal sets ------------------------------------------------------ */

/* The "requires=" literals of every [line-regex], found in one pass over a
 * short line instead of one search per literal: the first two bytes of a
 * literal index a 64K-bit map, so most places of a line cost one bit test,
 * and only a hit compares the literals that start with those two bytes.
 * (One search per literal, first over the whole article, then over each
 * short line, was a quarter of find_boilerplate().)  A literal matches
 * anywhere, as a substring; its bytes and the line's are lowercase.  The
 * key of two bytes is their 16 bits as memory holds them (pair_key()):
 * one load a place, the same on either byte order. */

typedef struct {
  GPtrArray *lits;             /* char*, distinct; borrowed from the rules' parsed needs */
  GArray    *lens;             /* gsize per literal */
  guint16    slot[65536];      /* pair_key() -> 1 + index into buckets, 0 for none */
  GPtrArray *buckets;          /* GArray of guint (indices into lits) */
} LiteralSet;

static inline guint
pair_key (const char *two)
{
  guint16 k;
  memcpy (&k, two, 2);
  return k;
}

static LiteralSet *
literal_set_new (void)
{
  LiteralSet *s = g_new0 (LiteralSet, 1);
  s->lits = g_ptr_array_new ();
  s->lens = g_array_new (FALSE, FALSE, sizeof (gsize));
  s->buckets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  return s;
}

static void
literal_set_free (LiteralSet *s)
{
  if (s == NULL)
    return;
  g_ptr_array_unref (s->lits);
  g_array_unref (s->lens);
  g_ptr_array_unref (s->buckets);
  g_free (s);
}

static void
literal_set_index (LiteralSet *s, guint key, guint id)
{
  if (s->slot[key] == 0)
    {
      g_ptr_array_add (s->buckets, g_array_new (FALSE, FALSE, sizeof (guint)));
      s->slot[key] = (guint16) s->buckets->len;
    }
  g_array_append_val ((GArray *) g_ptr_array_index (s->buckets, s->slot[key] - 1), id);
}

/* The index of LIT (not empty) in S, added when new; G_MAXUINT when S
 * holds too many first-byte pairs to index another. */
static guint
literal_set_add (LiteralSet *s, const char *lit)
{
  for (guint i = 0; i < s->lits->len; i++)
    if (strcmp (g_ptr_array_index (s->lits, i), lit) == 0)
      return i;
  if (s->buckets->len + 256 >= G_MAXUINT16)
    return G_MAXUINT;
  guint id = s->lits->len;
  gsize m = strlen (lit);
  g_ptr_array_add (s->lits, (gpointer) lit);
  g_array_append_val (s->lens, m);
  if (m >= 2)
    literal_set_index (s, pair_key (lit), id);
  else /* one byte: whatever follows it */
    for (guint b = 0; b < 256; b++)
      literal_set_index (s, pair_key ((const char[2]) { lit[0], (char) b }), id);
  return id;
}

/* Marks in SEEN (a bit per literal, cleared by the caller) the literals of
 * S that TEXT[START, END) holds.  TEXT[END] may be read: the key of the
 * last place takes the byte after it (the NUL at the text's end). */
static void
literal_set_scan (const LiteralSet *s, const char *text, gsize start, gsize end, guint64 *seen)
{
  for (gsize p = start; p < end; p++)
    {
      guint slot = s->slot[pair_key (text + p)];
      if (slot == 0)
        continue;
      const GArray *b = g_ptr_array_index (s->buckets, slot - 1);
      for (guint i = 0; i < b->len; i++)
        {
          guint id = g_array_index (b, guint, i);
          gsize m = g_array_index (s->lens, gsize, id);
          if (!(seen[id >> 6] & (G_GUINT64_CONSTANT (1) << (id & 63)))
              && m <= end - p && memcmp (text + p, g_ptr_array_index (s->lits, id), m) == 0)
            seen[id >> 6] |= G_GUINT64_CONSTANT (1) << (id & 63);
        }
    }
}

/* ---- the reader -------------------------------------------------------- */

typedef enum {
  REGION_BOILERPLATE,  /* appeals, prompts, captions: where an outlet names itself */
  REGION_META          /* bylines, author notes, date cues, labels: not searched for the outlet */
} RegionKind;

typedef struct {
  gsize      start, end;
  RegionKind kind;
} Region;

struct _CgReader {
  CgRules    *rules;
  PhraseSet  *boiler;
  GPtrArray  *line_regexes;     /* GRegex* */
  GPtrArray  *line_needs;       /* char**: the [line-regex] "requires=" and "requires-also=" literals, lowercase */
  LiteralSet *line_lits;        /* every literal of line_needs, found in one pass over a line */
  GPtrArray  *line_need_ids;    /* GArray of guint or NULL per [line-regex]: line_needs_held() */
  GPtrArray  *regexes;          /* GRegex*: [regex], blanking the match only */
  GPtrArray  *regex_needs;      /* char** or NULL per [regex]: "requires=" literals, with their case */
  PhraseSet  *outlets;          /* exact case */
  GHashTable *outlet_names;     /* casefolded printed name -> canonical name (rules) */
  const CgMetaTable *table;     /* borrowed; NULL without one */
  GHashTable *months;           /* lowercase name -> month number */
  GHashTable *section_labels;   /* lowercase label -> itself */
  GHashTable *company_suffixes; /* lowercase word -> itself */
  GHashTable *particles;        /* lowercase word -> itself */
  GHashTable *bio_words;        /* lowercase word -> itself */
  GHashTable *author_separators; /* casefolded word or sign -> itself: [author-separators] */
  GHashTable *author_furniture; /* casefolded phrase -> itself: [author-furniture] */
  GHashTable *name_suffixes;    /* casefolded "jr." -> itself: names.rules [suffixes] */
  const char *author_signs;     /* author_separator_signs, ASCII; belongs to the rules */
  GPtrArray  *byline_prefixes;  /* CgRule* */
  GPtrArray  *date_cues;        /* CgRule* */
  gboolean    date_cue_first[256]; /* first bytes of the date cues, lowercased */
  GPtrArray  *copyright_cues;   /* CgRule* */
  GPtrArray  *copyright_trailers;
  GPtrArray  *bio_cues;
  GPtrArray  *agencies;         /* CgRule*: wire.rules [agencies], "agency=" */
  GPtrArray  *credit_after;     /* CgRule*: wire.rules [credit_after] */
  GPtrArray  *credit_lines;     /* CgRule*: wire.rules [credit_lines] */
  guint       paragraph_max_lines, tail_max_words, regex_max_line, head_lines, tail_lines;
  guint       title_max_words, byline_max_words, name_max_words, date_cue_window;
  double      tail_min_fraction;
};

static guint
setting (CgRules *rules, const char *file, const char *key, guint fallback, guint min)
{
  double v = cg_rules_number (rules, file, key, fallback);
  return v < min ? min : (guint) v;
}

/* The entries of one section (settings live before any section, so they
 * are not among them).  The array belongs to the rules. */
static GPtrArray *
phrases (CgRules *rules, const char *file, const char *section)
{
  return cg_rules_entries (rules, file, section);
}

void
cg_reader_set_meta_table (CgReader *r, const CgMetaTable *table)
{
  r->table = table;
}

void
cg_reader_free (CgReader *r)
{
  if (r == NULL)
    return;
  phrase_set_free (r->boiler);
  phrase_set_free (r->outlets);
  if (r->line_regexes)
    g_ptr_array_unref (r->line_regexes);
  if (r->line_need_ids)
    g_ptr_array_unref (r->line_need_ids);
  literal_set_free (r->line_lits);
  if (r->line_needs)
    g_ptr_array_unref (r->line_needs);
  if (r->regexes)
    g_ptr_array_unref (r->regexes);
  if (r->regex_needs)
    g_ptr_array_unref (r->regex_needs);
  if (r->outlet_names)
    g_hash_table_unref (r->outlet_names);
  if (r->months)
    g_hash_table_unref (r->months);
  if (r->section_labels)
    g_hash_table_unref (r->section_labels);
  if (r->author_separators)
    g_hash_table_unref (r->author_separators);
  if (r->author_furniture)
    g_hash_table_unref (r->author_furniture);
  if (r->name_suffixes)
    g_hash_table_unref (r->name_suffixes);
  if (r->company_suffixes)
    g_hash_table_unref (r->company_suffixes);
  if (r->particles)
    g_hash_table_unref (r->particles);
  if (r->bio_words)
    g_hash_table_unref (r->bio_words);
  g_free (r);
}

static const struct {
  const char *section;
  Mode        mode;
} boiler_sections[] = {
  { "phrase", MODE_PHRASE },
  { "line", MODE_LINE },
  { "line-start", MODE_LINE_START },
  { "line-exact", MODE_LINE_EXACT },
  { "paragraph", MODE_PARAGRAPH },
  { "tail", MODE_TAIL },
};

CgReader *
cg_reader_new (CgRules *rules, GError **error)
{
  if (!cg_rules_require (rules, "boilerplate", error) || !cg_rules_require (rules, "metadata", error))
    return NULL;
  CgReader *r = g_new0 (CgReader, 1);
  r->rules = rules;

  /* boilerplate.rules: every section must be a known one, so a typo in a
   * section name is an error and not rules silently ignored. */
  r->boiler = phrase_set_new (FALSE);
  r->line_regexes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_regex_unref);
  r->line_needs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  r->line_lits = literal_set_new ();
  r->line_need_ids = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  r->regexes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_regex_unref);
  r->regex_needs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GPtrArray *all = cg_rules_entries (rules, "boilerplate", NULL);
  for (guint i = 0; i < all->len; i++)
    {
      const CgRule *rule = g_ptr_array_index (all, i);
      if (*rule->section == '\0')
        continue; /* settings */
      gboolean inline_re = strcmp (rule->section, "regex") == 0;
      if (inline_re || strcmp (rule->section, "line-regex") == 0)
        {
          GError *local = NULL;
          /* [regex] is case-sensitive: what it finds is told apart by
           * its capitals (names glued to headlines) */
          GRegex *re = g_regex_new (rule->phrase, (inline_re ? 0 : G_REGEX_CASELESS) | G_REGEX_OPTIMIZE, 0, &local);
          if (re == NULL)
            {
              g_set_error (error, CG_ERROR, CG_ERROR_RULES, "%s:%u: bad regular expression: %s",
                           rule->file, rule->line, local->message);
              g_error_free (local);
              cg_reader_free (r);
              return NULL;
            }
          g_ptr_array_add (inline_re ? r->regexes : r->line_regexes, re);
          /* "requires=A|B": every match holds A or B (compared without
           * ASCII case for [line-regex], with it for the case-sensitive
           * [regex]); an article or line with neither skips the
           * expression, which is otherwise tried on every short line (the
           * credit-line expressions tripled the cost of reading) or run
           * over the whole text */
          const char *needs = cg_rule_attr (rule, "requires");
          char **lits = NULL;
          if (needs && *needs && (lits = parse_needs (needs, !inline_re)) == NULL)
            {
              g_set_error (error, CG_ERROR, CG_ERROR_RULES, "%s:%u: an empty literal in requires=%s",
                           rule->file, rule->line, needs);
              cg_reader_free (r);
              return NULL;
            }
          /* "requires-also=C|D" ([line-regex]): every match holds C or D
           * too, so a line is tried only when it holds one literal of each
           * (the writer's bio line was tried on every short line holding
           * "is", 3,081 lines of l300, 11.7M instructions) */
          const char *also = cg_rule_attr (rule, "requires-also");
          char **also_lits = NULL;
          if (also && *also && inline_re)
            {
              g_set_error (error, CG_ERROR, CG_ERROR_RULES, "%s:%u: requires-also= is for [line-regex] only",
                           rule->file, rule->line);
              g_strfreev (lits);
              cg_reader_free (r);
              return NULL;
            }
          if (also && *also && (also_lits = parse_needs (also, TRUE)) == NULL)
            {
              g_set_error (error, CG_ERROR, CG_ERROR_RULES, "%s:%u: an empty literal in requires-also=%s",
                           rule->file, rule->line, also);
              g_strfreev (lits);
              cg_reader_free (r);
              return NULL;
            }
          if (inline_re)
            {
              g_ptr_array_add (r->regex_needs, lits);
              continue;
            }
          GArray *ids = lits || also_lits ? g_array_new (FALSE, FALSE, sizeof (guint)) : NULL;
          g_ptr_array_add (r->line_need_ids, ids);
          char **groups[] = { lits, also_lits };
          for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
            {
              if (groups[g] == NULL)
                continue;
              g_ptr_array_add (r->line_needs, groups[g]);
              if (ids->len)
                {
                  guint sep = G_MAXUINT;
                  g_array_append_val (ids, sep);
                }
              for (char **l = groups[g]; *l; l++)
                {
                  guint id = literal_set_add (r->line_lits, *l);
                  if (id == G_MAXUINT)
                    {
                      g_set_error (error, CG_ERROR, CG_ERROR_RULES,
                                   "%s:%u: too many requires= literals of one byte", rule->file, rule->line);
                      if (g == 0 && also_lits)
                        g_strfreev (also_lits);
                      cg_reader_free (r);
                      return NULL;
                    }
                  g_array_append_val (ids, id);
                }
            }
          continue;
        }
      gboolean known = FALSE;
      for (guint k = 0; k < G_N_ELEMENTS (boiler_sections); k++)
        if (strcmp (rule->section, boiler_sections[k].section) == 0)
          {
            const char *within = cg_rule_attr (rule, "within");
            if (!phrase_set_add (r->boiler, rule->phrase, boiler_sections[k].mode,
                                 within && strcmp (within, "line") == 0, NULL))
              {
                g_set_error (error, CG_ERROR, CG_ERROR_RULES,
                             "%s:%u: a boilerplate phrase needs at least two characters",
                             rule->file, rule->line);
                cg_reader_free (r);
                return NULL;
              }
            known = TRUE;
          }
      if (!known)
        {
          g_set_error (error, CG_ERROR, CG_ERROR_RULES,
                       "%s:%u: unknown section [%s] (phrase, line, line-start, line-exact, "
                       "paragraph, tail, line-regex, regex)", rule->file, rule->line, rule->section);
          cg_reader_free (r);
          return NULL;
        }
    }
  r->paragraph_max_lines = setting (rules, "boilerplate", "paragraph_max_lines", 8, 1);
  r->tail_max_words = setting (rules, "boilerplate", "tail_max_words", 8, 1);
  r->regex_max_line = setting (rules, "boilerplate", "regex_max_line_bytes", 300, 1);
  r->tail_min_fraction = cg_rules_number (rules, "boilerplate", "tail_min_fraction", 0.5);

  /* metadata.rules */
  r->outlets = phrase_set_new (TRUE);
  r->outlet_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *outlets = phrases (rules, "metadata", "outlets");
  for (guint i = 0; i < outlets->len; i++)
    {
      const CgRule *rule = g_ptr_array_index (outlets, i);
      const char *canon = cg_rule_attr (rule, "name");
      if (canon == NULL)
        canon = rule->phrase;
      phrase_set_add (r->outlets, rule->phrase, MODE_OUTLET, FALSE, canon);
      g_hash_table_insert (r->outlet_names, g_utf8_casefold (rule->phrase, -1), (gpointer) canon);
    }
  /* Codes are only names in tables, never looked for in the text. */
  GPtrArray *codes = phrases (rules, "metadata", "outlet-codes");
  for (guint i = 0; i < codes->len; i++)
    {
      const CgRule *rule = g_ptr_array_index (codes, i);
      const char *canon = cg_rule_attr (rule, "name");
      if (canon)
        g_hash_table_insert (r->outlet_names, g_utf8_casefold (rule->phrase, -1), (gpointer) canon);
    }
  r->months = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *months = phrases (rules, "metadata", "months");
  for (guint i = 0; i < months->len; i++)
    {
      const CgRule *rule = g_ptr_array_index (months, i);
      const char *m = cg_rule_attr (rule, "month");
      int n = m ? atoi (m) : 0;
      if (n < 1 || n > 12)
        {
          g_set_error (error, CG_ERROR, CG_ERROR_RULES, "%s:%u: a month needs \"; month=1..12\"",
                       rule->file, rule->line);
          cg_reader_free (r);
          return NULL;
        }
      g_hash_table_insert (r->months, g_ascii_strdown (rule->phrase, -1), GINT_TO_POINTER (n));
    }
  r->section_labels = cg_rules_phrase_set (rules, "metadata", "section-labels");
  r->company_suffixes = cg_rules_phrase_set (rules, "metadata", "company-suffixes");
  r->particles = cg_rules_phrase_set (rules, "names", "particles");
  r->bio_words = cg_rules_phrase_set (rules, "metadata", "bio-words");
  r->author_separators = cg_rules_phrase_set (rules, "metadata", "author-separators");
  r->author_furniture = cg_rules_phrase_set (rules, "metadata", "author-furniture");
  r->name_suffixes = cg_rules_phrase_set (rules, "names", "suffixes");
  r->author_signs = cg_rules_string (rules, "metadata", "author_separator_signs");
  r->byline_prefixes = phrases (rules, "metadata", "byline-prefixes");
  r->date_cues = phrases (rules, "metadata", "date-cues");
  for (guint i = 0; i < r->date_cues->len; i++)
    {
      const CgRule *rule = g_ptr_array_index (r->date_cues, i);
      r->date_cue_first[lower (rule->words[0][0])] = TRUE;
    }
  r->copyright_cues = phrases (rules, "metadata", "copyright-cues");
  r->copyright_trailers = phrases (rules, "metadata", "copyright-trailers");
  r->bio_cues = phrases (rules, "metadata", "bio-cues");
  r->head_lines = setting (rules, "metadata", "head_lines", 12, 1);
  r->tail_lines = setting (rules, "metadata", "tail_lines", 12, 1);
  r->title_max_words = setting (rules, "metadata", "title_max_words", 30, 1);
  r->byline_max_words = setting (rules, "metadata", "byline_max_words", 14, 2);
  r->name_max_words = setting (rules, "metadata", "name_max_words", 4, 2);
  r->date_cue_window = setting (rules, "metadata", "date_cue_window", 200, 1);
  r->agencies = phrases (rules, "wire", "agencies");
  r->credit_after = phrases (rules, "wire", "credit_after");
  r->credit_lines = phrases (rules, "wire", "credit_lines");
  return r;
}

/* ---- validation -------------------------------------------------------- */

static gboolean
input_error (GError **error, const char *path, const char *fmt, ...) G_GNUC_PRINTF (3, 4);

static gboolean
input_error (GError **error, const char *path, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  g_set_error (error, CG_ERROR, CG_ERROR_INPUT, "%s: %s", path, msg);
  g_free (msg);
  return FALSE;
}

/* UTF-16 without a byte order mark shows as NUL bytes at every other
 * offset; one parity full of NULs and the other nearly free of them. */
static int
utf16_parity (const char *data, gsize len)
{
  gsize n = MIN (len, 1024) & ~(gsize) 1;
  if (n < 4)
    return -1;
  gsize zero[2] = { 0, 0 };
  for (gsize i = 0; i < n; i++)
    zero[i & 1] += data[i] == '\0';
  gsize half = n / 2;
  if (zero[1] * 10 >= half * 7 && zero[0] * 10 <= half)
    return 1; /* little-endian: "a\0b\0" */
  if (zero[0] * 10 >= half * 7 && zero[1] * 10 <= half)
    return 0;
  return -1;
}

static gboolean
validate (const char *path, const char *data, gsize len, GError **error)
{
  if (len == 0)
    return input_error (error, path, "empty file (0 bytes): nothing to read");
  if (len > CG_MAX_ARTICLE_BYTES)
    return input_error (error, path, "too big: %" G_GSIZE_FORMAT " bytes, the limit is %d bytes",
                        len, CG_MAX_ARTICLE_BYTES);
  if (len >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE)
                   || ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    return input_error (error, path,
                        "the file is UTF-16 (byte order mark %02X %02X at byte 0): "
                        "convert to UTF-8, e.g. iconv -f UTF-16 -t UTF-8",
                        (guchar) data[0], (guchar) data[1]);
  const char *nul = memchr (data, '\0', len);
  if (nul)
    {
      int parity = utf16_parity (data, len);
      if (parity >= 0)
        return input_error (error, path,
                            "the file looks like UTF-16%s without a byte order mark (NUL at every "
                            "other byte): convert to UTF-8, e.g. iconv -f UTF-16%s -t UTF-8",
                            parity ? "LE" : "BE", parity ? "LE" : "BE");
      gsize off = nul - data;
      return input_error (error, path,
                          "binary file: NUL byte at byte offset %" G_GSIZE_FORMAT " (line %u); "
                          "claimgraph reads UTF-8 text", off, line_of (data, off));
    }
  const char *end = NULL;
  if (!utf8_valid (data, len, &end))
    {
      gsize off = end - data;
      gsize ls = off;
      while (ls > 0 && data[ls - 1] != '\n')
        ls--;
      return input_error (error, path,
                          "invalid UTF-8 at byte offset %" G_GSIZE_FORMAT " (line %u, byte %"
                          G_GSIZE_FORMAT " of the line: 0x%02X); convert the file to UTF-8",
                          off, line_of (data, off), off - ls + 1, (guchar) data[off]);
    }
  return TRUE;
}

/* ---- lines ------------------------------------------------------------- */

typedef struct {
  gsize start, end;   /* [start, end) without the '\n' */
} Line;

static gsize
line_end (const char *text, gsize len, gsize pos)
{
  const char *nl = memchr (text + pos, '\n', len - pos);
  return nl ? (gsize) (nl - text) : len;
}

static gboolean
line_is_blank (const char *text, Line l)
{
  for (gsize i = l.start; i < l.end; i++)
    if (!is_space (text[i]))
      return FALSE;
  return TRUE;
}

/* Skip blanks, then bullets and dashes ("-", "*", "•", "–", "—", ">"). */
static gsize
skip_bullets (const char *text, gsize p, gsize end)
{
  for (;;)
    {
      while (p < end && is_blank (text[p]))
        p++;
      if (p < end && (text[p] == '-' || text[p] == '*' || text[p] == '>' || text[p] == '+')
          && (p + 1 == end || is_blank (text[p + 1])))
        p++;
      else if (p + 2 < end && (guchar) text[p] == 0xE2 && (guchar) text[p + 1] == 0x80
               && ((guchar) text[p + 2] == 0xA2 || (guchar) text[p + 2] == 0x93
                   || (guchar) text[p + 2] == 0x94))
        p += 3; /* • – — */
      else
        return p;
    }
}

static gsize
trim_end (const char *text, gsize start, gsize end)
{
  while (end > start && is_space (text[end - 1]))
    end--;
  return end;
}

static guint
count_words (const char *text, gsize start, gsize end, guint stop_after)
{
  guint n = 0;
  gboolean in = FALSE;
  for (gsize i = start; i < end && n <= stop_after; i++)
    {
      gboolean sp = is_space (text[i]);
      if (!sp && !in)
        n++;
      in = !sp;
    }
  return n;
}

/* The first N non-blank lines of TEXT. */
static GArray *
head_lines (const char *text, gsize len, guint n)
{
  GArray *a = g_array_new (FALSE, FALSE, sizeof (Line));
  gsize p = 0;
  while (p < len && a->len < n)
    {
      Line l = { p, line_end (text, len, p) };
      if (!line_is_blank (text, l))
        g_array_append_val (a, l);
      p = l.end + 1;
    }
  return a;
}

/* The last N non-blank lines of TEXT, in text order. */
static GArray *
tail_lines (const char *text, gsize len, guint n)
{
  GArray *a = g_array_new (FALSE, FALSE, sizeof (Line));
  gsize e = len;
  while (e > 0 && a->len < n)
    {
      const char *nl = memrchr (text, '\n', e);
      gsize s = nl ? (gsize) (nl - text) + 1 : 0;
      Line l = { s, e };
      if (!line_is_blank (text, l))
        g_array_prepend_val (a, l);
      if (s == 0)
        break;
      e = s - 1;
    }
  return a;
}

/* ---- Markdown ---------------------------------------------------------- */

/* Markdown is told by its extension or by its content: at least three kinds
 * of markup, or two of the kinds plain text never has (headings, rules,
 * bold, links, fences, tables, code).  One "- item" line alone is not
 * Markdown: plain articles have those. */
static gboolean
looks_like_markdown (const char *path, const char *text, gsize len)
{
  const char *dot = strrchr (path, '.');
  if (dot && (g_ascii_strcasecmp (dot, ".md") == 0 || g_ascii_strcasecmp (dot, ".markdown") == 0
              || g_ascii_strcasecmp (dot, ".mdown") == 0))
    return TRUE;
  enum { HEADING, RULE, BOLD, LINK, FENCE, TABLE, CODE, STRONG_KINDS, LIST = STRONG_KINDS, QUOTE, KINDS };
  gboolean seen[KINDS] = { FALSE };
  gsize scan = MIN (len, 256 * 1024);
  for (gsize p = 0; p < scan;)
    {
      gsize e = line_end (text, scan, p);
      gsize s = p;
      while (s < e && is_blank (text[s]) && s - p < 4)
        s++;
      gsize n = e - s;
      if (n >= 2 && text[s] == '#')
        {
          gsize h = s;
          while (h < e && text[h] == '#')
            h++;
          if (h - s <= 6 && (h == e || is_blank (text[h])))
            seen[HEADING] = TRUE;
        }
      if (n >= 3 && (text[s] == '-' || text[s] == '*' || text[s] == '_'))
        {
          gsize k = s, marks = 0;
          for (; k < e && (text[k] == text[s] || is_blank (text[k])); k++)
            marks += text[k] == text[s];
          if (k == trim_end (text, s, e) && marks >= 3)
            seen[RULE] = TRUE;
        }
      if (n >= 3 && (strncmp (text + s, "```", 3) == 0 || strncmp (text + s, "~~~", 3) == 0))
        seen[FENCE] = TRUE;
      if (n >= 2 && text[s] == '|' && text[trim_end (text, s, e) - 1] == '|')
        seen[TABLE] = TRUE;
      if (n >= 2 && (text[s] == '-' || text[s] == '*' || text[s] == '+') && is_blank (text[s + 1]))
        seen[LIST] = TRUE;
      if (n >= 2 && text[s] == '>' && is_blank (text[s + 1]))
        seen[QUOTE] = TRUE;
      p = e + 1;
    }
  /* Inline marks: a pair of "**" or of backticks on one line, "[...](...)".
   * Each search resumes after the line it looked at, so this stays linear. */
  static const struct { const char *mark; int kind; } inl[] = {
    { "**", BOLD }, { "`", CODE }, { "](", LINK } };
  for (guint k = 0; k < G_N_ELEMENTS (inl); k++)
    {
      gsize ml = strlen (inl[k].mark);
      for (gsize p = 0; p < scan && !seen[inl[k].kind];)
        {
          const char *m = memchr (text + p, inl[k].mark[0], scan - p);
          if (m == NULL)
            break;
          if (ml > 1 && (m + 1 == text + scan || m[1] != inl[k].mark[1]))
            {
              p = m - text + 1;
              continue;
            }
          gsize at = m - text, ls = at, le = line_end (text, scan, at);
          while (ls > p && text[ls - 1] != '\n')
            ls--;
          if (inl[k].kind == LINK)
            seen[LINK] = memchr (text + ls, '[', at - ls) && memchr (m, ')', le - at);
          else
            seen[inl[k].kind] = memmem (m + ml, le - at - ml, inl[k].mark, ml) != NULL;
          p = le + 1;
        }
    }
  guint strong = 0, total = 0;
  for (int k = 0; k < KINDS; k++)
    {
      total += seen[k];
      if (k < STRONG_KINDS)
        strong += seen[k];
    }
  return strong >= 2 || total >= 3;
}

/* The ')' closing the '(' at OPEN on the same line, or 0. */
static gsize
match_close (const char *text, gsize open, gsize end, char o, char c)
{
  int depth = 0;
  for (gsize i = open; i < end; i++)
    {
      if (text[i] == '\\' && i + 1 < end)
        {
          i++;
          continue;
        }
      if (text[i] == o)
        depth++;
      else if (text[i] == c && --depth == 0)
        return i;
    }
  return 0;
}

static void blank_inline (char *text, gsize p, gsize end);

/* Inline markup of one line: emphasis marks, code ticks, links, images,
 * autolinks and tags, backslash escapes.  The words stay. */
static void
blank_inline (char *text, gsize p, gsize end)
{
  gsize i = p;
  while (i < end)
    {
      guchar c = text[i];
      if (c == '\\' && i + 1 < end && g_ascii_ispunct (text[i + 1]))
        {
          text[i] = ' ';
          i += 2;
          continue;
        }
      if (c == '`')
        {
          gsize n = 0;
          while (i + n < end && text[i + n] == '`')
            n++;
          gsize k = i + n;
          for (; k < end; k++)
            if (text[k] == '`')
              {
                gsize m = 0;
                while (k + m < end && text[k + m] == '`')
                  m++;
                if (m == n)
                  break;
                k += m - 1;
              }
          if (k < end)
            {
              blank (text, i, i + n);
              blank (text, k, k + n);
              i = k + n;
            }
          else
            i += n;
          continue;
        }
      if ((c == '[' || (c == '!' && i + 1 < end && text[i + 1] == '[')))
        {
          gsize open = c == '!' ? i + 1 : i;
          gsize close = match_close (text, open, end, '[', ']');
          if (close && close + 1 < end && text[close + 1] == '(')
            {
              gsize paren = match_close (text, close + 1, end, '(', ')');
              if (paren)
                {
                  if (c == '!')
                    {
                      blank (text, i, paren + 1); /* an image: its alt text is not prose */
                      i = paren + 1;
                      continue;
                    }
                  blank (text, close, paren + 1);
                  text[i] = ' ';
                  blank_inline (text, i + 1, close);
                  i = paren + 1;
                  continue;
                }
            }
          if (close && c == '[' && close + 1 < end && text[close + 1] == '[')
            {
              gsize ref = match_close (text, close + 1, end, '[', ']');
              if (ref)
                {
                  blank (text, close, ref + 1);
                  text[i] = ' ';
                  blank_inline (text, i + 1, close);
                  i = ref + 1;
                  continue;
                }
            }
          i++;
          continue;
        }
      if (c == '<' && i + 1 < end && (g_ascii_isalpha (text[i + 1]) || text[i + 1] == '/'
                                      || text[i + 1] == '!'))
        {
          const char *gt = memchr (text + i, '>', end - i);
          const char *lt = memchr (text + i + 1, '<', end - i - 1);
          if (gt && (lt == NULL || lt > gt))
            {
              blank (text, i, gt - text + 1);
              i = gt - text + 1;
              continue;
            }
          i++;
          continue;
        }
      if (c == '*' || c == '_' || c == '~')
        {
          gsize n = 0;
          while (i + n < end && text[i + n] == c)
            n++;
          guchar before = i > p ? text[i - 1] : ' ';
          guchar after = i + n < end ? text[i + n] : ' ';
          gboolean left = !is_space (after), right = !is_space (before);
          gboolean mark = (left || right) && n <= 3;
          if (c == '_' && g_ascii_isalnum (before) && g_ascii_isalnum (after))
            mark = FALSE; /* snake_case */
          if (c == '~' && n != 2)
            mark = FALSE;
          if (mark)
            blank (text, i, i + n);
          i += n;
          continue;
        }
      i++;
    }
}

/* "[label]: target": a link reference definition, no prose at all. */
static gboolean
link_definition (const char *text, gsize s, gsize te)
{
  for (gsize k = s + 1; k + 1 < te; k++)
    {
      if (text[k] == ']')
        return text[k + 1] == ':';
      if (text[k] == ' ' || text[k] == '[')
        return FALSE;
    }
  return FALSE;
}

/* Blank the Markdown markup of TEXT in place.  *HEADING receives the text
 * of the first heading (the title candidate), or stays empty. */
static void
blank_markdown (char *text, gsize len, Line *heading)
{
  gboolean fence = FALSE;
  heading->start = heading->end = 0;
  for (gsize p = 0; p < len;)
    {
      gsize e = line_end (text, len, p);
      gsize s = p;
      while (s < e && is_blank (text[s]))
        s++;
      gsize te = trim_end (text, s, e);
      gsize n = te - s;
      if (n >= 3 && (strncmp (text + s, "```", 3) == 0 || strncmp (text + s, "~~~", 3) == 0))
        {
          fence = !fence;
          blank (text, p, e);
        }
      else if (fence)
        blank (text, p, e); /* code is not prose */
      else if (n >= 3 && strchr ("-*_=", text[s]))
        {
          gsize marks = 0, k = s;
          for (; k < te && (text[k] == text[s] || is_blank (text[k])); k++)
            marks += text[k] == text[s];
          if (k == te && marks >= 3)
            blank (text, p, e); /* a rule or a setext underline */
          else
            goto content;
        }
      else if (n >= 1 && text[s] == '|')
        {
          gboolean sep = TRUE;
          for (gsize k = s; k < te; k++)
            if (!strchr ("|-: ", text[k]))
              sep = FALSE;
          if (sep)
            blank (text, p, e);
          else
            {
              for (gsize k = s; k < te; k++)
                if (text[k] == '|' && (k == 0 || text[k - 1] != '\\'))
                  text[k] = ' ';
              blank_inline (text, s, te);
            }
        }
      else if (n >= 4 && text[s] == '[' && link_definition (text, s, te))
        blank (text, p, e);
      else
        {
        content:
          while (s < te && text[s] == '>')
            {
              text[s++] = ' ';
              while (s < te && is_blank (text[s]))
                s++;
            }
          if (s < te && text[s] == '#')
            {
              gsize h = s;
              while (h < te && text[h] == '#')
                h++;
              if (h - s <= 6 && (h == te || is_blank (text[h])))
                {
                  blank (text, s, h);
                  gsize t = te;
                  while (t > h && text[t - 1] == '#')
                    t--;
                  if (t < te && is_blank (text[t - 1]))
                    blank (text, t, te);
                  if (heading->end == 0)
                    {
                      heading->start = h;
                      heading->end = t;
                    }
                  s = h;
                }
            }
          else if (s + 1 < te && strchr ("-*+", text[s]) && is_blank (text[s + 1]))
            {
              text[s] = ' ';
              s += 2;
            }
          else if (s < te && is_digit (text[s]))
            {
              gsize k = s;
              while (k < te && is_digit (text[k]) && k - s < 9)
                k++;
              if (k + 1 < te && (text[k] == '.' || text[k] == ')') && is_blank (text[k + 1]))
                {
                  blank (text, s, k + 1);
                  s = k + 1;
                }
            }
          while (s < te && is_blank (text[s]))
            s++;
          if (s + 2 < te && text[s] == '[' && strchr (" xX", text[s + 1]) && text[s + 2] == ']')
            blank (text, s, s + 3); /* a task box */
          blank_inline (text, s, te);
        }
      p = e + 1;
    }
}

/* ---- boilerplate ------------------------------------------------------- */

static void
add_region (GArray *regions, gsize start, gsize end, RegionKind kind)
{
  if (end <= start)
    return;
  Region g = { start, end, kind };
  g_array_append_val (regions, g);
}

/* The current line of the boilerplate scan, its bounds found lazily. */
typedef struct {
  gsize start, end, first, last;
} ScanLine;

/* The region phrase PH matching [P, MEND) blanks, in *RS, *RE; FALSE when
 * the rule's conditions do not hold there. */
static gboolean
region_for (const CgReader *r, const Phrase *ph, const char *text, gsize len,
            const ScanLine *ln, gsize p, gsize mend, gsize *rs, gsize *re)
{
  gsize last_line_end = line_end (text, len, mend - 1);
  switch (ph->mode)
    {
    case MODE_PHRASE:
      *rs = p, *re = mend;
      return TRUE;
    case MODE_LINE:
      *rs = ln->start, *re = last_line_end;
      return TRUE;
    case MODE_LINE_START:
      *rs = ln->start, *re = last_line_end;
      return p == ln->first;
    case MODE_LINE_EXACT:
      *rs = ln->start, *re = last_line_end;
      return p == ln->first && mend >= trim_end (text, ln->start, last_line_end);
    case MODE_PARAGRAPH:
      {
        /* Out to the blank lines around, unless that is too many lines:
         * then the article has no blank lines and the line is enough. */
        gsize ps = ln->start, pe = last_line_end;
        guint lines = 1;
        while (ps > 0 && lines <= r->paragraph_max_lines)
          {
            gsize s = ps - 1;
            while (s > 0 && text[s - 1] != '\n')
              s--;
            if (line_is_blank (text, (Line) { s, ps - 1 }))
              break;
            ps = s;
            lines++;
          }
        while (pe < len && lines <= r->paragraph_max_lines)
          {
            gsize e = line_end (text, len, pe + 1);
            if (line_is_blank (text, (Line) { pe + 1, e }))
              break;
            pe = e;
            lines++;
          }
        if (lines > r->paragraph_max_lines)
          ps = ln->start, pe = last_line_end;
        *rs = ps, *re = pe;
        return TRUE;
      }
    case MODE_TAIL:
      *rs = ln->start, *re = len;
      return (ph->anywhere || p == ln->first)
             && (double) ln->start >= r->tail_min_fraction * (double) len
             && count_words (text, ln->start, ln->end, r->tail_max_words) <= r->tail_max_words;
    case MODE_OUTLET:
      break;
    }
  return FALSE;
}

/* Whether TEXT[0, LEN) holds one of the literals LITS (parse_needs()),
 * compared with their case ([regex]). */
static gboolean
holds_needs (const char *text, gsize len, char *const *lits)
{
  for (; *lits; lits++)
    if (holds_literal (text, len, *lits, strlen (*lits)))
      return TRUE;
  return FALSE;
}

/* The three kinds of boilerplate rules are three passes, kept apart
 * (G_GNUC_NO_INLINE) so that a profile tells their costs apart. */

/* The phrase rules of TEXT into REGIONS.  One pass over the text; a
 * match's region is skipped over, so no byte is looked at more than a
 * bounded number of times. */
static G_GNUC_NO_INLINE void
find_phrases (const CgReader *r, const char *text, gsize len, GArray *regions)
{
  const guint8 *cls = byte_classes ();
  ScanLine ln = { 0, G_MAXSIZE, 0, 0 };
  gsize p = 0;
  while (p < len)
    {
      guchar c = text[p];
      if (cls[c] & C_NL)
        {
          ln.start = p + 1;
          ln.end = G_MAXSIZE;
          p++;
          continue;
        }
      if (cls[c] & C_BLANK)
        {
          p++;
          continue;
        }
      GPtrArray *bucket = phrase_set_bucket (r->boiler, text, len, p);
      gsize rs = 0, re = 0, mend = 0;
      for (guint i = 0; bucket && i < bucket->len && re == 0; i++)
        {
          const Phrase *ph = g_ptr_array_index (bucket, i);
          if ((mend = phrase_match (r->boiler, ph, text, len, p)) == 0)
            continue;
          if (ln.end == G_MAXSIZE)
            {
              ln.end = line_end (text, len, ln.start);
              ln.first = skip_bullets (text, ln.start, ln.end);
            }
          if (!region_for (r, ph, text, len, &ln, p, mend, &rs, &re))
            rs = re = 0;
        }
      if (re > rs)
        {
          add_region (regions, rs, re, REGION_BOILERPLATE);
          /* Go on after the region; when it crossed a line break, the
           * current line is the one after the last break it holds. */
          gsize next = MAX (re, mend);
          const char *nl = memrchr (text + p, '\n', next - p);
          if (nl)
            {
              ln.start = nl - text + 1;
              ln.end = G_MAXSIZE;
            }
          p = next;
          continue;
        }
      /* Phrases start at word starts: skip the rest of this word at once
       * (the text ends with a NUL, which is not a word byte). */
      if (cls[c] & C_WORD)
        p = word_end (text, len, p);
      else
        p++;
    }
}

/* The text against the [regex] rules, each match blanked alone. */
static G_GNUC_NO_INLINE void
find_regex_matches (const CgReader *r, const char *text, gsize len, GArray *regions)
{
  for (guint k = 0; k < r->regexes->len; k++)
    {
      char **needs = g_ptr_array_index (r->regex_needs, k);
      if (needs && !holds_needs (text, len, needs))
        continue;
      GMatchInfo *mi = NULL;
      g_regex_match_full (g_ptr_array_index (r->regexes, k), text, (gssize) len, 0, 0, &mi, NULL);
      while (g_match_info_matches (mi))
        {
          gint ms, me;
          if (g_match_info_fetch_pos (mi, 0, &ms, &me) && me > ms)
            add_region (regions, (gsize) ms, (gsize) me, REGION_BOILERPLATE);
          g_match_info_next (mi, NULL);
        }
      g_match_info_free (mi);
    }
}

/* Whether a line whose literals are SEEN (literal_set_scan()) holds what
 * a [line-regex] rule requires: IDS holds the indices of its "requires="
 * literals, then G_MAXUINT and those of its "requires-also=", and the line
 * must hold one of each group.  IDS NULL: nothing required. */
static gboolean
line_needs_held (const GArray *ids, const guint64 *seen)
{
  if (ids == NULL)
    return TRUE;
  gboolean held = FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      guint id = g_array_index (ids, guint, i);
      if (id == G_MAXUINT)
        {
          if (!held)
            return FALSE;
          held = FALSE;
          continue;
        }
      held |= (seen[id >> 6] >> (id & 63)) & 1;
    }
  return held;
}

/* Short lines against the [line-regex] rules: a rule is tried on a line
 * holding one of its "requires=" literals (or on every short line, without
 * them), the literals of all rules found in one pass over the line. */
static G_GNUC_NO_INLINE void
find_line_regexes (const CgReader *r, const char *text, gsize len, GArray *regions)
{
  guint n = r->line_regexes->len;
  if (n == 0)
    return;
  const LiteralSet *lits = r->line_lits;
  guint words = (lits->lits->len + 63) / 64;
  guint64 *seen = g_newa (guint64, MAX (words, 1));
  /* the literals are lowercase: so is the copy searched, with the NUL
   * after it that literal_set_scan() may read */
  char *folded = g_malloc (len + 1);
  lower_ascii (text, len, folded);
  folded[len] = '\0';
  for (gsize s = 0; s < len;)
    {
      gsize e = line_end (text, len, s);
      gsize ts = s;
      while (ts < e && is_blank (text[ts]))
        ts++;
      gsize te = trim_end (text, ts, e);
      if (te > ts && te - ts <= r->regex_max_line)
        {
          memset (seen, 0, MAX (words, 1) * sizeof *seen);
          if (words)
            literal_set_scan (lits, folded, ts, te, seen);
          for (guint k = 0; k < n; k++)
            {
              if (line_needs_held (g_ptr_array_index (r->line_need_ids, k), seen) && g_regex_match_full (g_ptr_array_index (r->line_regexes, k), text + ts,
                                               (gssize) (te - ts), 0, 0, NULL, NULL))
                {
                  add_region (regions, s, e, REGION_BOILERPLATE);
                  break;
                }
            }
        }
      s = e + 1;
    }
  g_free (folded);
}

/* Find the boilerplate of TEXT (markup already blanked) into REGIONS. */
static void
find_boilerplate (const CgReader *r, const char *text, gsize len, GArray *regions)
{
  find_phrases (r, text, len, regions);
  find_regex_matches (r, text, len, regions);
  find_line_regexes (r, text, len, regions);
}

/* ---- metadata ---------------------------------------------------------- */

/* A month name at POS ("Mar", "March", "Sept."), its number, end in *END. */
static int
parse_month (const CgReader *r, const char *t, gsize len, gsize pos, gsize *end)
{
  char buf[16];
  gsize n = 0;
  while (pos + n < len && g_ascii_isalpha (t[pos + n]) && n < sizeof buf - 1)
    {
      buf[n] = lower (t[pos + n]);
      n++;
    }
  if (n < 3 || (pos + n < len && g_ascii_isalpha (t[pos + n])))
    return 0;
  buf[n] = '\0';
  int m = GPOINTER_TO_INT (g_hash_table_lookup (r->months, buf));
  if (m == 0)
    return 0;
  gsize e = pos + n;
  if (e < len && t[e] == '.')
    e++;
  *end = e;
  return m;
}

static gsize
read_number (const char *t, gsize len, gsize pos, guint max_digits, guint *value)
{
  guint v = 0, n = 0;
  while (pos + n < len && is_digit (t[pos + n]) && n < max_digits + 1)
    v = v * 10 + (t[pos + n++] - '0');
  if (n == 0 || n > max_digits)
    return 0;
  *value = v;
  return n;
}

static gsize
skip_blanks_comma (const char *t, gsize len, gsize pos)
{
  while (pos < len && (is_blank (t[pos]) || t[pos] == ','))
    pos++;
  return pos;
}

/* A date at POS: 2025-08-07, 2025/08/07, 20 Mar 2025, 20 March, 2025,
 * March 20, 2025.  Writes yyyy-mm-dd into OUT, the end into *END.  The year
 * may run into the next word ("20 Mar 2025The Tyee"). */
static gboolean
parse_date (const CgReader *r, const char *t, gsize len, gsize pos, gsize *end, char out[11])
{
  guint y = 0, m = 0, d = 0, n;
  gsize p = pos;
  if (pos > 0 && is_digit (t[pos - 1]))
    return FALSE;
  if ((n = read_number (t, len, p, 4, &y)) == 4 && p + 4 < len && (t[p + 4] == '-' || t[p + 4] == '/'))
    {
      char sep = t[p + 4];
      p += 5;
      if ((n = read_number (t, len, p, 2, &m)) == 0 || p + n >= len || t[p + n] != sep)
        return FALSE;
      p += n + 1;
      if ((n = read_number (t, len, p, 2, &d)) == 0)
        return FALSE;
      p += n;
    }
  else if ((n = read_number (t, len, p, 2, &d)) > 0)
    {
      p += n;
      while (p < len && is_blank (t[p]))
        p++;
      gsize me;
      if ((m = parse_month (r, t, len, p, &me)) == 0)
        return FALSE;
      p = skip_blanks_comma (t, len, me);
      if (read_number (t, len, p, 4, &y) != 4)
        return FALSE;
      p += 4;
    }
  else
    {
      gsize me;
      if ((m = parse_month (r, t, len, p, &me)) == 0)
        return FALSE;
      p = me;
      while (p < len && is_blank (t[p]))
        p++;
      if ((n = read_number (t, len, p, 2, &d)) == 0)
        return FALSE;
      p = skip_blanks_comma (t, len, p + n);
      if (read_number (t, len, p, 4, &y) != 4)
        return FALSE;
      p += 4;
    }
  if (p < len && is_digit (t[p]))
    return FALSE;
  if (y < 1800 || y > 2200 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_snprintf (out, 11, "%04u-%02u-%02u", y, m, d);
  *end = p;
  return TRUE;
}

/* Does the casefolded phrase of RULE start at POS (ASCII case-insensitive),
 * ending at a word boundary?  Returns the end or 0. */
static gsize
rule_at (const CgRule *rule, const char *t, gsize len, gsize pos)
{
  gsize j = pos;
  for (guint w = 0; w < rule->n_words; w++)
    {
      if (w > 0)
        {
          if (j >= len || !is_blank (t[j]))
            return 0;
          while (j < len && is_blank (t[j]))
            j++;
        }
      const char *word = rule->words[w];
      /* most places differ at the first byte: no strlen() nor compare
       * call for them (metadata cues are tried at every word of the
       * head's lines) */
      if (*word && (j >= len || lower ((guchar) t[j]) != lower ((guchar) *word)))
        return 0;
      gsize wl = strlen (word);
      if (j + wl > len || g_ascii_strncasecmp (t + j, word, wl) != 0)
        return 0;
      j += wl;
    }
  if (j < len && is_word_byte (t[j]) && is_word_byte (t[j - 1]))
    return 0;
  return j;
}

/* The longest rule of RULES at POS, its end in *END. */
static const CgRule *
rules_at (GPtrArray *rules, const char *t, gsize len, gsize pos, gsize *end)
{
  const CgRule *best = NULL;
  gsize best_end = 0;
  for (guint i = 0; i < rules->len; i++)
    {
      const CgRule *rule = g_ptr_array_index (rules, i);
      gsize e = rule_at (rule, t, len, pos);
      if (e > best_end)
        best = rule, best_end = e;
    }
  *end = best_end;
  return best;
}

/* One word of a name starting at POS: a capital, then letters, '-', '\'',
 * '’', '.' ("O'Brien", "J.", "Jean-Luc").  Returns its end or 0. */
static gsize
name_word (const char *t, gsize len, gsize pos)
{
  if (pos >= len)
    return 0;
  gunichar u = g_utf8_get_char (t + pos);
  if (!g_unichar_isupper (u))
    return 0;
  gsize p = g_utf8_next_char (t + pos) - t;
  while (p < len)
    {
      guchar c = t[p];
      if (c == '-' || c == '\'' || c == '.')
        {
          p++;
          continue;
        }
      if (c == 0xE2 && p + 2 < len && (guchar) t[p + 1] == 0x80 && (guchar) t[p + 2] == 0x99)
        {
          p += 3;
          continue;
        }
      if (c < 0x80 && !g_ascii_isalpha (c))
        break;
      if (c >= 0x80 && !g_unichar_isalpha (g_utf8_get_char (t + p)))
        break;
      p = g_utf8_next_char (t + p) - t;
    }
  return p;
}

/* A person's name at POS: 2 to name_max_words capitalised words, with
 * lowercase particles between them ("Ursula von der Leyen").  A month name
 * is not part of a name ("Michael Harris March 3, 2025").  Returns the end. */
static gsize
parse_name (const CgReader *r, const char *t, gsize len, gsize pos)
{
  guint words = 0;
  gsize p = pos, end = 0;
  while (p < len && words < r->name_max_words)
    {
      gsize we = name_word (t, len, p);
      if (we == 0)
        {
          /* a particle, only between capitalised words */
          gsize k = p;
          while (k < len && g_ascii_islower (t[k]))
            k++;
          if (words == 0 || k == p || k >= len || !is_blank (t[k]) || k - p > 5)
            break;
          char *w = g_strndup (t + p, k - p);
          gboolean particle = g_hash_table_contains (r->particles, w);
          g_free (w);
          if (!particle)
            break;
          p = k + 1;
          continue;
        }
      gsize me;
      if (parse_month (r, t, len, p, &me) && me >= we - (t[we - 1] == '.'))
        break;
      words++;
      end = we;
      if (we >= len || t[we] != ' ')
        break;
      p = we + 1;
    }
  if (words < 2)
    return 0;
  return end;
}

static char *
folded_text (const char *t, gsize start, gsize end)
{
  GString *s = g_string_sized_new (end - start);
  for (gsize i = start; i < end; i++)
    {
      if (is_space (t[i]))
        {
          if (s->len && s->str[s->len - 1] != ' ')
            g_string_append_c (s, ' ');
        }
      else
        g_string_append_c (s, t[i]);
    }
  while (s->len && s->str[s->len - 1] == ' ')
    g_string_truncate (s, s->len - 1);
  return g_string_free (s, FALSE);
}

/* The canonical outlet for a printed name, or NULL when it is not known. */
static const char *
known_outlet (const CgReader *r, const char *name)
{
  char *k = g_utf8_casefold (name, -1);
  const char *v = g_hash_table_lookup (r->outlet_names, k);
  g_free (k);
  return v;
}

/* A printed outlet or company name cleaned to an outlet: trailing company
 * suffixes dropped, then the rules' canonical form when known.  New string. */
static char *
outlet_from (const CgReader *r, const char *printed)
{
  char *s = g_strstrip (g_strdup (printed));
  for (;;)
    {
      gsize l = strlen (s);
      while (l && (s[l - 1] == '.' || s[l - 1] == ',' || is_space (s[l - 1])))
        s[--l] = '\0';
      const char *known = known_outlet (r, s);
      if (known)
        {
          g_free (s);
          return g_strdup (known);
        }
      char *sp = strrchr (s, ' ');
      if (sp == NULL)
        break;
      char *last = g_utf8_casefold (sp + 1, -1);
      gboolean suffix = g_hash_table_contains (r->company_suffixes, last);
      g_free (last);
      if (!suffix)
        break;
      *sp = '\0';
    }
  if (*s == '\0')
    {
      g_free (s);
      return NULL;
    }
  return s;
}

typedef struct {
  char *title, *author, *outlet, *date;
} Meta;

static void
meta_clear (Meta *m)
{
  g_free (m->title);
  g_free (m->author);
  g_free (m->outlet);
  g_free (m->date);
}

static void
set_once (char **field, char *value)
{
  if (*field == NULL && value && *value)
    *field = value;
  else
    g_free (value);
}

/* A byline line: "By NAME[, DATE]", or "NAME DATE [OUTLET]" ("Michael
 * Harris 20 Mar 2025The Tyee").  Without "By" a date is required, so that
 * a short headline of two capitalised words is not taken for a byline. */
static gboolean
parse_byline (const CgReader *r, const char *t, Line l, Meta *m)
{
  if (count_words (t, l.start, l.end, r->byline_max_words) > r->byline_max_words)
    return FALSE;
  gsize p = skip_bullets (t, l.start, l.end), e;
  gboolean by = FALSE;
  if (rules_at (r->byline_prefixes, t, l.end, p, &e))
    {
      by = TRUE;
      p = e;
      while (p < l.end && (is_blank (t[p]) || t[p] == ':'))
        p++;
    }
  gsize ne = parse_name (r, t, l.end, p);
  if (ne == 0)
    return FALSE;
  /* "and" and a second name */
  gsize q = ne;
  while (q < l.end && is_blank (t[q]))
    q++;
  if (q + 4 < l.end && strncmp (t + q, "and ", 4) == 0)
    {
      gsize ne2 = parse_name (r, t, l.end, q + 4);
      if (ne2)
        ne = ne2;
    }
  gsize d = ne;
  while (d < l.end && (is_blank (t[d]) || t[d] == ',' || t[d] == '|' || t[d] == '-'))
    d++;
  /* a date cue between name and date ("Published") */
  gsize ce;
  if (rules_at (r->date_cues, t, l.end, d, &ce))
    {
      d = ce;
      while (d < l.end && (is_blank (t[d]) || t[d] == ':'))
        d++;
    }
  char date[11];
  gsize de = 0;
  gboolean has_date = parse_date (r, t, l.end, d, &de, date);
  if (!has_date && !by)
    return FALSE;
  /* "By NAME" ends with the name, or goes on after a separator ("By Jane
   * Doe, Reuters"); "By Cutting Off Obamacare's Insurer Subsidies, ..." is
   * a headline. */
  if (!has_date && ne < l.end && !strchr (",|-(", t[ne])
      && !(t[ne] == ' ' && (trim_end (t, ne, l.end) == ne || strchr (",|-(", t[d - 1]))))
    return FALSE;
  /* After the date: nothing, or an outlet name ("2025The Tyee").  Anything
   * else ("Editors' Note, June 5, 2020:") is not a byline. */
  gsize o = de, oe = de;
  if (has_date)
    {
      while (o < l.end && (is_blank (t[o]) || t[o] == ',' || t[o] == '|' || t[o] == '-'))
        o++;
      oe = trim_end (t, o, l.end);
      if (oe > o && (count_words (t, o, oe, 6) > 5 || !g_unichar_isupper (g_utf8_get_char (t + o))))
        return FALSE;
    }
  set_once (&m->author, folded_text (t, p, ne));
  if (has_date)
    {
      set_once (&m->date, g_strdup (date));
      if (oe > o)
        {
          char *printed = folded_text (t, o, oe);
          set_once (&m->outlet, outlet_from (r, printed));
          g_free (printed);
        }
    }
  return TRUE;
}

/* "date 2025-08-07", "Published: March 3, 2025" anywhere in a line: the
 * date, and the span of cue and date in *S, *E. */
static gboolean
find_date_cue (const CgReader *r, const char *t, Line l, Meta *m, gsize *s, gsize *e)
{
  /* Pages print the cue at the start of a line: look at its first bytes. */
  gsize stop = MIN (l.end, l.start + r->date_cue_window);
  for (gsize p = l.start; p < stop; p++)
    {
      if ((p > l.start && is_word_byte (t[p - 1])) || !r->date_cue_first[lower (t[p])])
        continue;
      gsize ce;
      if (!rules_at (r->date_cues, t, l.end, p, &ce))
        continue;
      gsize d = ce;
      while (d < l.end && (is_blank (t[d]) || t[d] == ':'))
        d++;
      char date[11];
      gsize de;
      if (parse_date (r, t, l.end, d, &de, date))
        {
          set_once (&m->date, g_strdup (date));
          *s = p;
          *e = de;
          return TRUE;
        }
    }
  return FALSE;
}

/* An author note: "- Anne McElvoy is a former Moscow correspondent ...",
 * "Michael Harris, a Tyee contributing editor, is a ...".  It starts with a
 * name followed (after an optional appositive) by a bio cue, and either
 * starts with a dash, or holds a bio word, or names the known author. */
static gboolean
parse_author_note (const CgReader *r, const char *t, Line l, gboolean head, Meta *m)
{
  gsize p = skip_bullets (t, l.start, l.end);
  gboolean dash = p > l.start && !line_is_blank (t, (Line) { l.start, p });
  gsize ne = parse_name (r, t, l.end, p);
  if (ne == 0)
    return FALSE;
  gsize q = ne;
  gboolean appositive = q < l.end && t[q] == ',';
  if (appositive)
    {
      /* an appositive: ", a Tyee contributing editor," */
      const char *comma = memchr (t + q + 1, ',', MIN (l.end - q - 1, 120));
      if (comma == NULL)
        return FALSE;
      q = comma - t + 1;
    }
  while (q < l.end && is_blank (t[q]))
    q++;
  gsize ce;
  if (!rules_at (r->bio_cues, t, l.end, q, &ce))
    return FALSE;
  char *name = folded_text (t, p, ne);
  gboolean author = m->author && strcmp (m->author, name) == 0;
  gboolean bio_word = FALSE;
  gsize scan_end = MIN (l.end, ce + 400);
  for (gsize i = ce; i < scan_end && !bio_word; i++)
    if (g_ascii_isalpha (t[i]) && !g_ascii_isalpha (t[i - 1]))
      {
        gsize k = i;
        while (k < scan_end && g_ascii_isalpha (t[k]))
          k++;
        char *w = g_ascii_strdown (t + i, k - i);
        bio_word = g_hash_table_contains (r->bio_words, w);
        g_free (w);
        i = k;
      }
  /* "Robert Mueller, a former FBI director, is the author of ..." is
   * prose: at the top of an article, or with an appositive, only the
   * byline's name makes a note. */
  if ((head || appositive) ? !author : !(dash || bio_word || author))
    {
      g_free (name);
      return FALSE;
    }
  set_once (&m->author, name);
  return TRUE;
}

/* "Copyright The Financial Times Limited 2018. All rights reserved." */
static gboolean
parse_copyright (const CgReader *r, const char *t, Line l, Meta *m)
{
  gsize p = skip_bullets (t, l.start, l.end), e;
  gboolean cue = FALSE;
  while (rules_at (r->copyright_cues, t, l.end, p, &e) && e > p)
    {
      cue = TRUE;
      p = e;
      while (p < l.end && is_blank (t[p]))
        p++;
    }
  if (!cue)
    return FALSE;
  /* owner, then maybe a year and a trailer, or a year first */
  guint y;
  if (read_number (t, l.end, p, 4, &y) == 4)
    {
      p += 4;
      while (p < l.end && (is_blank (t[p]) || t[p] == ',' || t[p] == '-'))
        p++;
    }
  if (rules_at (r->byline_prefixes, t, l.end, p, &e))
    {
      p = e; /* "Copyright 2017 by Creators Syndicate" */
      while (p < l.end && is_blank (t[p]))
        p++;
    }
  gsize oe = p;
  while (oe < l.end && t[oe] != '|')
    {
      gsize te;
      if ((is_digit (t[oe]) && read_number (t, l.end, oe, 4, &y) == 4)
          || rules_at (r->copyright_trailers, t, l.end, oe, &te))
        break;
      oe++;
    }
  oe = trim_end (t, p, oe);
  if (oe <= p || count_words (t, p, oe, 8) > 7 || !g_unichar_isupper (g_utf8_get_char (t + p)))
    return FALSE;
  char *printed = folded_text (t, p, oe);
  set_once (&m->outlet, outlet_from (r, printed));
  g_free (printed);
  return TRUE;
}

/* The outlet naming itself in its own appeals and prompts. */
static void
outlet_in_regions (const CgReader *r, const char *t, gsize len, GArray *regions, Meta *m)
{
  for (guint i = 0; i < regions->len && m->outlet == NULL; i++)
    {
      const Region *g = &g_array_index (regions, Region, i);
      if (g->kind != REGION_BOILERPLATE)
        continue;
      gsize end = MIN (g->end, len);
      for (gsize p = g->start; p < end; p++)
        {
          if (p > g->start && is_word_byte (t[p - 1]))
            continue;
          gsize e;
          const Phrase *ph = phrase_set_at (r->outlets, t, end, p, &e);
          if (ph)
            {
              m->outlet = g_strdup (ph->value);
              break;
            }
        }
    }
}

/* The title: a Markdown heading, else the first non-blank line when it is
 * short and does not end a sentence.  Section labels ("Analysis", "NEWS")
 * above it are skipped and blanked. */
static void
find_title (const CgReader *r, const char *raw, char *text, gsize len, Line heading,
            GArray *regions, Meta *m)
{
  GArray *head = head_lines (text, len, r->head_lines);
  if (heading.end > heading.start && head->len
      && heading.start <= g_array_index (head, Line, head->len - 1).end)
    {
      set_once (&m->title, folded_text (text, heading.start, heading.end));
      g_array_unref (head);
      return;
    }
  for (guint i = 0; i < head->len; i++)
    {
      Line l = g_array_index (head, Line, i);
      gsize s = skip_bullets (text, l.start, l.end), e = trim_end (text, s, l.end);
      guint words = count_words (text, s, e, r->title_max_words);
      if (words > r->title_max_words)
        break; /* a paragraph: the body has started */
      char *folded = folded_text (text, s, e);
      char *key = g_utf8_casefold (folded, -1);
      gboolean label = g_hash_table_contains (r->section_labels, key);
      g_free (key);
      if (label)
        {
          add_region (regions, l.start, l.end, REGION_META);
          blank (text, l.start, l.end);
          g_free (folded);
          continue;
        }
      /* A headline may end with a period ("Land mines are back. Why ...
       * again.") when it is what the file starts with, alone on its line,
       * the layout "line 1 the title, line 2 blank, then the body". */
      gboolean sentence = e > s && (text[e - 1] == '.' || text[e - 1] == ':');
      if (sentence && text[e - 1] == '.')
        {
          gsize k = 0;
          while (k < l.start && (is_space (raw[k]) || (guchar) raw[k] >= 0xBB))
            k++; /* blanks, or the BOM's bytes */
          gsize next = l.end < len ? line_end (text, len, l.end + 1) : len;
          sentence = !(k == l.start && (l.end >= len || line_is_blank (text, (Line) { l.end + 1, next })));
        }
      if (words >= 1 && words <= r->title_max_words && !sentence)
        set_once (&m->title, folded);
      else
        g_free (folded);
      break;
    }
  g_array_unref (head);
}

/* ---- author lists ------------------------------------------------------ */

/* An e-mail address or a web address: an "@", or a word with a dot
 * between two letters of which one side holds two letters or more
 * ("Charles.Hutzler", "Wsj.Com"; not the initials "J.R."). */
static gboolean
address_like (const char *s)
{
  if (strchr (s, '@'))
    return TRUE;
  for (const char *p = strchr (s, '.'); p; p = strchr (p + 1, '.'))
    {
      if (p == s || !g_ascii_isalpha (p[-1]) || !g_ascii_isalpha (p[1]))
        continue;
      gsize before = 0, after = 0;
      while (p - before > s && g_ascii_isalpha (p[-1 - (gssize) before]))
        before++;
      while (g_ascii_isalpha (p[1 + after]))
        after++;
      if (before >= 2 && after >= 2)
        return TRUE;
    }
  return FALSE;
}

/* Add PIECE (trimmed) to NAMES as one author: not an outlet the rules or
 * the article name (a byline's "Associated Press"), not an address, not
 * page furniture scraped into the cell ([author-furniture]: "Backgroundurl
 * Avatar_Large", which would speak every author claim of 127 Daily Kos
 * articles), not one already there; a name suffix ("Jr.") goes back onto
 * the name before it. */
static void
add_author (const CgReader *r, GPtrArray *names, char *piece, const char *outlet)
{
  g_strstrip (piece);
  gboolean letter = FALSE;
  for (const char *p = piece; *p && !letter; p = g_utf8_next_char (p))
    letter = g_unichar_isalpha (g_utf8_get_char (p));
  if (!letter || address_like (piece) || known_outlet (r, piece))
    return;
  char *k = g_utf8_casefold (piece, -1);
  gboolean drop = (outlet && g_utf8_collate (k, outlet) == 0) || g_hash_table_contains (r->name_suffixes, k)
                  || g_hash_table_contains (r->author_furniture, k);
  if (g_hash_table_contains (r->name_suffixes, k) && names->len > 0)
    {
      char **last = (char **) &names->pdata[names->len - 1];
      char *joined = g_strdup_printf ("%s %s", *last, piece);
      g_free (*last);
      *last = joined;
    }
  for (guint i = 0; i < names->len && !drop; i++)
    {
      char *o = g_utf8_casefold (g_ptr_array_index (names, i), -1);
      drop = strcmp (o, k) == 0;
      g_free (o);
    }
  g_free (k);
  if (!drop)
    g_ptr_array_add (names, g_strdup (piece));
}

/* Is the character at P one of the author_separator_signs? */
static gboolean
separator_sign (const CgReader *r, const char *p)
{
  return r->author_signs && (guchar) *p < 0x80 && *p && strchr (r->author_signs, *p) != NULL;
}

/* A byline or a table's authors cell as a list of persons, "A, B, C":
 * split at the [author-separators] (",", "and", ...), without outlets,
 * addresses and repeats, so that "Charles Hutzler, Charles.Hutzler
 * Wsj.Com" is one author and "Sam Charles, Associated Press, Jeff
 * Agrest" two.  NULL when no person is left.  Takes AUTHOR; returns a new
 * string. */
static char *
author_list (const CgReader *r, char *author, const char *outlet)
{
  if (author == NULL)
    return NULL;
  char *ofold = outlet ? g_utf8_casefold (outlet, -1) : NULL;
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  GString *piece = g_string_new (NULL);
  const char *p = author;
  while (*p)
    {
      /* a word, or a sign standing alone */
      const char *w = p;
      if (is_blank (*p))
        {
          p++;
          continue;
        }
      gboolean sign = separator_sign (r, p);
      if (sign)
        p = g_utf8_next_char (p);
      else
        while (*p && !is_blank (*p) && !separator_sign (r, p))
          p = g_utf8_next_char (p);
      gboolean sep = sign;
      if (!sep)
        {
          char *word = g_utf8_casefold (w, p - w);
          sep = g_hash_table_contains (r->author_separators, word);
          g_free (word);
        }
      if (sep)
        {
          add_author (r, names, piece->str, ofold);
          g_string_truncate (piece, 0);
          continue;
        }
      if (piece->len)
        g_string_append_c (piece, ' ');
      g_string_append_len (piece, w, p - w);
    }
  add_author (r, names, piece->str, ofold);
  g_string_free (piece, TRUE);
  g_free (ofold);
  g_free (author);
  char *list = NULL;
  if (names->len)
    {
      g_ptr_array_add (names, NULL);
      list = g_strjoinv (", ", (char **) names->pdata);
    }
  g_ptr_array_unref (names);
  return list;
}

/* ---- the metadata table and the sidecar -------------------------------- */

/* The table's row for the article overrides what the text gave; an outlet
 * the rules know by another name ("nyt") gets its canonical one. */
static void
apply_row (const CgReader *r, const CgMetaRow *row, Meta *m)
{
  const char *values[] = { row->title, row->author, row->outlet, row->date };
  char **fields[] = { &m->title, &m->author, &m->outlet, &m->date };
  for (guint k = 0; k < G_N_ELEMENTS (fields); k++)
    if (values[k])
      {
        const char *v = values[k];
        if (fields[k] == &m->outlet && known_outlet (r, v))
          v = known_outlet (r, v);
        g_free (*fields[k]);
        *fields[k] = g_strdup (v);
      }
}

static const char *const meta_keys[] = { "title", "author", "outlet", "date" };

/* Parse a sidecar key file.  GKeyFile does not say which line is wrong, so
 * the lines are checked here first and errors name the file and the line. */
static gboolean
read_sidecar (const char *path, Meta *m, GError **error)
{
  char *data = NULL;
  gsize len = 0;
  GError *local = NULL;
  if (!g_file_get_contents (path, &data, &len, &local))
    {
      g_set_error (error, CG_ERROR, CG_ERROR_IO, "%s: cannot read the sidecar: %s", path, local->message);
      g_error_free (local);
      return FALSE;
    }
  gboolean ok = TRUE;
  const char *bad = NULL;
  if (len > 64 * 1024)
    ok = input_error (error, path, "sidecar too big: %" G_GSIZE_FORMAT " bytes", len);
  else if (!g_utf8_validate_len (data, len, &bad) || memchr (data, '\0', len))
    ok = input_error (error, path, "line %u: the sidecar is not UTF-8 text",
                      line_of (data, bad ? (gsize) (bad - data) : 0));
  char *group = NULL;
  gboolean has_article = FALSE;
  guint lineno = 0;
  for (gsize p = 0; ok && p < len;)
    {
      gsize e = line_end (data, len, p);
      lineno++;
      char *ln = g_strstrip (g_strndup (data + p, e - p));
      if (*ln == '\0' || *ln == '#')
        ;
      else if (*ln == '[')
        {
          gsize l = strlen (ln);
          if (l < 3 || ln[l - 1] != ']')
            ok = input_error (error, path, "line %u: \"%s\" is not a [group] header", lineno, ln);
          else
            {
              g_free (group);
              group = g_strndup (ln + 1, l - 2);
              has_article |= strcmp (group, "article") == 0;
            }
        }
      else
        {
          char *eq = strchr (ln, '=');
          if (eq == NULL || eq == ln)
            ok = input_error (error, path, "line %u: \"%s\" is not of the form key=value", lineno, ln);
          else if (group == NULL)
            ok = input_error (error, path, "line %u: a key before any [article] group", lineno);
          else if (strcmp (group, "article") == 0)
            {
              *eq = '\0';
              char *key = g_strstrip (ln), *value = g_strstrip (eq + 1);
              gboolean known = FALSE;
              for (guint k = 0; k < G_N_ELEMENTS (meta_keys); k++)
                known |= strcmp (key, meta_keys[k]) == 0;
              if (!known)
                ok = input_error (error, path,
                                  "line %u: unknown key \"%s\" (title, author, outlet, date)", lineno, key);
              else if (strcmp (key, "date") == 0)
                {
                  guint y, mo, d;
                  char tail;
                  if (sscanf (value, "%4u-%2u-%2u%c", &y, &mo, &d, &tail) != 3 || strlen (value) != 10
                      || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) mo, (GDateYear) y))
                    ok = input_error (error, path, "line %u: date \"%s\" is not yyyy-mm-dd", lineno, value);
                }
            }
        }
      g_free (ln);
      p = e + 1;
    }
  if (ok && !has_article)
    ok = input_error (error, path, "the sidecar has no [article] group");
  g_free (group);
  if (ok)
    {
      GKeyFile *kf = g_key_file_new ();
      if (!g_key_file_load_from_data (kf, data, len, G_KEY_FILE_NONE, &local))
        {
          ok = input_error (error, path, "%s", local->message);
          g_error_free (local);
        }
      else
        {
          char **fields[] = { &m->title, &m->author, &m->outlet, &m->date };
          for (guint k = 0; k < G_N_ELEMENTS (meta_keys); k++)
            {
              char *v = g_key_file_get_string (kf, "article", meta_keys[k], NULL);
              if (v)
                {
                  g_strstrip (v);
                  g_free (*fields[k]);
                  *fields[k] = *v ? v : (g_free (v), NULL);
                }
            }
        }
      g_key_file_free (kf);
    }
  g_free (data);
  return ok;
}

/* PATH.meta, else PATH with its extension replaced by .meta: new string or NULL. */
static char *
sidecar_path (const char *path)
{
  char *a = g_strconcat (path, ".meta", NULL);
  if (g_file_test (a, G_FILE_TEST_IS_REGULAR))
    return a;
  g_free (a);
  const char *base = strrchr (path, '/');
  const char *dot = strrchr (base ? base : path, '.');
  if (dot == NULL || dot == (base ? base + 1 : path))
    return NULL;
  char *b = g_strdup_printf ("%.*s.meta", (int) (dot - path), path);
  if (g_file_test (b, G_FILE_TEST_IS_REGULAR))
    return b;
  g_free (b);
  return NULL;
}

/* ---- reading ----------------------------------------------------------- */

static gint
region_order (gconstpointer a, gconstpointer b)
{
  const Region *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return (x->end > y->end) - (x->end < y->end);
}

/* PHRASE as printed (case-sensitive) at TEXT, followed by no letter or
 * digit. */
static gboolean
printed_at (const char *text, const char *end, const char *phrase)
{
  gsize m = strlen (phrase);
  return m > 0 && (gsize) (end - text) >= m && memcmp (text, phrase, m) == 0
         && (text + m == end || !is_word_byte ((guchar) text[m]));
}

/* Whether the agency name at RAW[S, E) is a credit (wire.rules): in a
 * dateline "(AP)", before a word of [credit_after], or on a line opening
 * with a phrase of [credit_lines]. */
static gboolean
is_credit (CgReader *r, const char *raw, gsize len, gsize s, gsize e)
{
  if (s > 0 && raw[s - 1] == '(' && e < len && raw[e] == ')')
    return TRUE;
  const char *end = raw + len, *p = raw + e;
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  for (guint i = 0; i < r->credit_after->len; i++)
    if (printed_at (p, end, ((const CgRule *) g_ptr_array_index (r->credit_after, i))->phrase))
      return TRUE;
  /* the line's first words, past list marks and blanks */
  gsize ls = s;
  while (ls > 0 && raw[ls - 1] != '\n')
    ls--;
  const char *q = raw + ls;
  while (q < raw + s && (*q == ' ' || *q == '\t' || *q == '*' || *q == '_' || *q == '-'))
    q++;
  for (guint i = 0; i < r->credit_lines->len; i++)
    {
      const char *phrase = ((const CgRule *) g_ptr_array_index (r->credit_lines, i))->phrase;
      /* "©" is no word: it needs no blank after it */
      if (g_ascii_isalnum (*phrase) ? printed_at (q, raw + s, phrase) : strncmp (q, phrase, strlen (phrase)) == 0)
        return TRUE;
    }
  return FALSE;
}

static int
str_order (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The agencies (wire.rules [agencies]) whose copy the article RAW of LEN
 * bytes prints: those it credits, and the one its OUTLET's name holds.
 * Returns a new string of their names, sorted and separated by a space,
 * or NULL for none. */
static char *
wire_credits (CgReader *r, const char *raw, gsize len, const char *outlet)
{
  GPtrArray *found = g_ptr_array_new ();
  for (guint i = 0; i < r->agencies->len; i++)
    {
      const CgRule *rule = g_ptr_array_index (r->agencies, i);
      const char *agency = cg_rule_attr (rule, "agency");
      gsize m = strlen (rule->phrase);
      if (agency == NULL || m == 0)
        continue;
      gboolean have = FALSE;
      for (guint k = 0; k < found->len && !have; k++)
        have = strcmp (g_ptr_array_index (found, k), agency) == 0;
      if (have)
        continue;
      if (outlet)
        for (const char *o = strstr (outlet, rule->phrase); o && !have; o = strstr (o + 1, rule->phrase))
          have = (o == outlet || !is_word_byte ((guchar) o[-1])) && printed_at (o, outlet + strlen (outlet), rule->phrase);
      for (const char *h = raw; !have && h < raw + len;)
        {
          const char *at = find_literal (h, (gsize) (raw + len - h), rule->phrase, m);
          if (at == NULL)
            break;
          gsize s = (gsize) (at - raw), e = s + m;
          if ((s == 0 || !is_word_byte ((guchar) raw[s - 1])) && (e == len || !is_word_byte ((guchar) raw[e])))
            have = is_credit (r, raw, len, s, e);
          h = at + 1;
        }
      if (have)
        g_ptr_array_add (found, (gpointer) agency);
    }
  char *out = NULL;
  if (found->len)
    {
      g_ptr_array_sort (found, str_order);
      g_ptr_array_add (found, NULL);
      out = g_strjoinv (" ", (char **) found->pdata);
    }
  g_ptr_array_unref (found);
  return out;
}

/* Takes DATA (LEN bytes plus a NUL) whatever happens. */
static CgArticle *
read_owned (CgReader *r, const char *path, char *data, gsize len, gboolean meta, GError **error)
{
  if (!validate (path, data, len, error))
    {
      g_free (data);
      return NULL;
    }
  /* The copy blanks CR and the other control bytes, which are not prose;
   * tab and newline stay.  Then the BOM. */
  char *text = g_malloc (len + 1);
  copy_blanking_controls (data, len, text);
  text[len] = '\0';
  if (len >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    memset (text, ' ', 3);

  Line heading = { 0, 0 };
  if (looks_like_markdown (path, text, len))
    blank_markdown (text, len, &heading);

  GArray *regions = g_array_new (FALSE, FALSE, sizeof (Region));
  find_boilerplate (r, text, len, regions);

  /* Metadata from the head and the tail, before the boilerplate is blanked:
   * pages print their dates and names inside it. */
  Meta m = { NULL, NULL, NULL, NULL };
  GArray *head = head_lines (text, len, r->head_lines);
  for (guint i = 0; i < head->len; i++)
    {
      Line l = g_array_index (head, Line, i);
      gsize ds, de;
      if (m.author == NULL && parse_byline (r, text, l, &m))
        add_region (regions, l.start, l.end, REGION_META);
      else if (m.date == NULL && find_date_cue (r, text, l, &m, &ds, &de))
        add_region (regions, ds, de, REGION_META);
    }
  for (guint i = 0; i < head->len; i++)
    {
      Line l = g_array_index (head, Line, i);
      if (m.author && parse_author_note (r, text, l, TRUE, &m))
        add_region (regions, l.start, l.end, REGION_META);
    }
  g_array_unref (head);
  GArray *tail = tail_lines (text, len, r->tail_lines);
  for (guint i = 0; i < tail->len; i++)
    {
      Line l = g_array_index (tail, Line, i);
      if (parse_author_note (r, text, l, FALSE, &m))
        add_region (regions, l.start, l.end, REGION_META);
      else if (m.outlet == NULL)
        parse_copyright (r, text, l, &m);
    }
  g_array_unref (tail);
  outlet_in_regions (r, text, len, regions, &m);

  for (guint i = 0; i < regions->len; i++)
    {
      Region *g = &g_array_index (regions, Region, i);
      blank (text, g->start, g->end);
    }
  find_title (r, data, text, len, heading, regions, &m);

  /* Nothing left to read is bad input, not an empty result. */
  gsize k = 0;
  while (k < len && is_space (text[k]))
    k++;
  if (k == len)
    {
      input_error (error, path, "no article text: the file holds only blanks%s",
                   regions->len ? ", markup and boilerplate" : "");
      goto fail;
    }

  if (meta)
    {
      const CgMetaRow *row = cg_meta_table_lookup (r->table, path);
      if (row)
        apply_row (r, row, &m);
      char *side = sidecar_path (path);
      if (side && !read_sidecar (side, &m, error))
        {
          g_free (side);
          goto fail;
        }
      g_free (side);
    }

  m.author = author_list (r, m.author, m.outlet);

  CgArticle *a = cg_article_new ();
  a->path = g_strdup (path);
  a->sha256 = cg_sha256_hex (data, len);
  a->raw = data;
  a->text = text;
  a->len = len;
  a->title = m.title;
  a->author = m.author;
  a->outlet = m.outlet;
  a->date = m.date;
  a->wire = wire_credits (r, data, len, a->outlet);
  g_array_sort (regions, region_order);
  for (guint i = 0; i < regions->len; i++)
    {
      const Region *g = &g_array_index (regions, Region, i);
      CgSpan *last = a->boilerplate->len
        ? &g_array_index (a->boilerplate, CgSpan, a->boilerplate->len - 1) : NULL;
      if (last && (gint64) g->start <= last->end)
        last->end = MAX (last->end, (gint64) g->end);
      else
        {
          CgSpan s = { (gint64) g->start, (gint64) g->end };
          g_array_append_val (a->boilerplate, s);
        }
    }
  g_array_unref (regions);
  return a;

fail:
  meta_clear (&m);
  g_array_unref (regions);
  g_free (text);
  g_free (data);
  return NULL;
}

CgArticle *
cg_reader_read_bytes (CgReader *reader, const char *path, const char *data, gsize len,
                      gboolean meta, GError **error)
{
  if (len > CG_MAX_ARTICLE_BYTES)
    {
      input_error (error, path, "too big: %" G_GSIZE_FORMAT " bytes, the limit is %d bytes",
                   len, CG_MAX_ARTICLE_BYTES);
      return NULL;
    }
  char *copy = g_malloc (len + 1);
  memcpy (copy, data, len);
  copy[len] = '\0';
  return read_owned (reader, path, copy, len, meta, error);
}

static gboolean
io_error (GError **error, const char *path, const char *what, int err)
{
  g_set_error (error, CG_ERROR, CG_ERROR_IO, "%s: %s: %s", path, what, g_strerror (err));
  return FALSE;
}

CgArticle *
cg_reader_read_file (CgReader *reader, const char *path, GError **error)
{
  /* Opened first and then asked with fstat(): a stat() before the open
   * looked the path up twice.  Without blocking, so that a FIFO is
   * refused below instead of waited on. */
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (fd < 0)
    {
      io_error (error, path, "cannot read the file", errno);
      return NULL;
    }
  struct stat st;
  if (fstat (fd, &st) != 0)
    {
      io_error (error, path, "cannot read the file", errno);
      close (fd);
      return NULL;
    }
  if (S_ISDIR (st.st_mode) || !S_ISREG (st.st_mode))
    {
      input_error (error, path, S_ISDIR (st.st_mode) ? "is a directory, not an article file" : "not a regular file");
      close (fd);
      return NULL;
    }
  /* The size is checked before a byte is read: a 1 GB file is refused at once. */
  if (st.st_size > CG_MAX_ARTICLE_BYTES)
    {
      input_error (error, path, "too big: %" G_GINT64_FORMAT " bytes, the limit is %d bytes",
                   (gint64) st.st_size, CG_MAX_ARTICLE_BYTES);
      close (fd);
      return NULL;
    }
  gsize cap = (gsize) st.st_size + 1, len = 0;
  if (cap < 4096)
    cap = 4096;
  char *data = g_malloc (cap + 1);
  for (;;)
    {
      if (len == cap)
        {
          /* The file grew while it was read: read on, up to the limit. */
          if (len > CG_MAX_ARTICLE_BYTES)
            {
              input_error (error, path, "too big: it grew beyond the limit of %d bytes while "
                           "being read", CG_MAX_ARTICLE_BYTES);
              goto fail;
            }
          cap = MIN (cap * 2, (gsize) CG_MAX_ARTICLE_BYTES + 1);
          data = g_realloc (data, cap + 1);
        }
      ssize_t n = read (fd, data + len, cap - len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int err = errno;
          char *what = g_strdup_printf ("read failed after %" G_GSIZE_FORMAT " bytes", len);
          io_error (error, path, what, err);
          g_free (what);
          goto fail;
        }
      if (n == 0)
        break;
      len += (gsize) n;
    }
  close (fd);
  if (len > CG_MAX_ARTICLE_BYTES)
    {
      g_free (data);
      input_error (error, path, "too big: it grew beyond the limit of %d bytes while being read",
                   CG_MAX_ARTICLE_BYTES);
      return NULL;
    }
  data[len] = '\0';
  return read_owned (reader, path, data, len, TRUE, error);

fail:
  close (fd);
  g_free (data);
  return NULL;
}

/* ---- listing ----------------------------------------------------------- */

typedef struct {
  dev_t dev;
  ino_t ino;
} DirId;

static guint
dir_id_hash (gconstpointer p)
{
  const DirId *d = p;
  return (guint) (d->ino ^ (d->ino >> 32) ^ ((guint64) d->dev * 2654435761u));
}

static gboolean
dir_id_equal (gconstpointer a, gconstpointer b)
{
  const DirId *x = a, *y = b;
  return x->dev == y->dev && x->ino == y->ino;
}

/* Inside a directory only text articles are taken: a corpus folder often
 * holds its metadata (a .tsv, a .json, a README.pdf) beside the articles,
 * and reading those as news would invent assertions.  Files without an
 * extension are taken; a file named on the command line is always read. */
static gboolean
skipped_name (const char *name)
{
  static const char *const article_ext[] = { ".txt", ".text", ".md", ".markdown", NULL };
  if (name[0] == '.')
    return TRUE;
  const char *dot = strrchr (name, '.');
  if (dot == NULL)
    return FALSE;
  for (guint i = 0; article_ext[i]; i++)
    if (g_ascii_strcasecmp (dot, article_ext[i]) == 0)
      return FALSE;
  return TRUE;
}

/* A file of a listing, with the size its stat() gave. */
typedef struct {
  char   *path;
  guint64 size;
} Listed;

static void
listed_clear (gpointer p)
{
  g_free (((Listed *) p)->path);
}

/* Walk DIR (already stat'ed as ST) into OUT (of Listed).  VISITED holds the
 * directories entered, by device and inode, so a symlink back up the tree
 * is entered once and the walk ends. */
static gboolean
walk (const char *dir, const GStatBuf *st, GHashTable *visited, GArray *out, GError **error)
{
  DirId id = { st->st_dev, st->st_ino };
  if (g_hash_table_contains (visited, &id))
    return TRUE;
  g_hash_table_add (visited, g_memdup2 (&id, sizeof id));
  GError *local = NULL;
  GDir *d = g_dir_open (dir, 0, &local);
  if (d == NULL)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_IO, "%s: cannot read the directory: %s", dir, local->message);
      g_error_free (local);
      return FALSE;
    }
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *n;
  while ((n = g_dir_read_name (d)) != NULL)
    if (!skipped_name (n))
      g_ptr_array_add (names, g_strdup (n));
  g_dir_close (d);
  gboolean ok = TRUE;
  for (guint i = 0; i < names->len && ok; i++)
    {
      char *child = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      GStatBuf cst;
      /* A dangling symlink or a vanished entry is skipped: it is not an article. */
      if (g_stat (child, &cst) == 0)
        {
          if (S_ISDIR (cst.st_mode))
            ok = walk (child, &cst, visited, out, error);
          else if (S_ISREG (cst.st_mode))
            {
              Listed l = { child, (guint64) cst.st_size };
              g_array_append_val (out, l);
              child = NULL;
            }
        }
      g_free (child);
    }
  g_ptr_array_unref (names);
  return ok;
}

static gint
listed_order (gconstpointer a, gconstpointer b)
{
  return strcmp (((const Listed *) a)->path, ((const Listed *) b)->path);
}

GPtrArray *
cg_reader_list_files (char **paths, guint64 *bytes, GError **error)
{
  GArray *list = g_array_new (FALSE, FALSE, sizeof (Listed));
  g_array_set_clear_func (list, listed_clear);
  GHashTable *visited = g_hash_table_new_full (dir_id_hash, dir_id_equal, g_free, NULL);
  gboolean ok = TRUE;
  for (char **p = paths; ok && p && *p; p++)
    {
      GStatBuf st;
      if (g_stat (*p, &st) != 0)
        {
          ok = io_error (error, *p, "cannot read", errno);
          break;
        }
      if (S_ISDIR (st.st_mode))
        ok = walk (*p, &st, visited, list, error);
      else if (!g_str_has_suffix (*p, ".meta"))
        {
          /* a file named explicitly is read even if hidden */
          Listed l = { g_strdup (*p), S_ISREG (st.st_mode) ? (guint64) st.st_size : 0 };
          g_array_append_val (list, l);
        }
    }
  g_hash_table_unref (visited);
  if (!ok)
    {
      g_array_unref (list);
      return NULL;
    }
  g_array_sort (list, listed_order);
  GPtrArray *out = g_ptr_array_new_full (list->len, g_free);
  guint64 total = 0;
  for (guint i = 0; i < list->len; i++)
    {
      Listed *l = &g_array_index (list, Listed, i);
      /* the same path given twice is read once */
      if (out->len && strcmp (l->path, out->pdata[out->len - 1]) == 0)
        continue;
      total += l->size;
      g_ptr_array_add (out, l->path);
      l->path = NULL;
    }
  g_array_unref (list);
  if (bytes)
    *bytes = total;
  return out;
}

GPtrArray *
cg_reader_list_paths (char **paths, GError **error)
{
  return cg_reader_list_files (paths, NULL, error);
}
