/* cg-segment.h: stage 2, paragraphs, sentences and quotation spans.
 *
 * Works on the reader's analysis text (offsets are file offsets).  Sentence
 * boundaries honour the abbreviations rule file; quotation spans pair curly
 * and straight double quotes and single quotes (told apart from
 * apostrophes), nest, and follow a quote reopened over paragraphs.
 */
#ifndef CG_SEGMENT_H
#define CG_SEGMENT_H

#include "cg-model.h"
#include "cg-rules.h"

#include <string.h>
#if defined (__SSE2__) && defined (__x86_64__)
#include <emmintrin.h>
#endif

G_BEGIN_DECLS

typedef struct _CgSegmenter CgSegmenter;

/* A token: a word (letters and digits, with the apostrophes, hyphens and
 * dots that belong inside it: "don't", "Vice-President", "U.S.") or one
 * punctuation character (which may be several UTF-8 bytes: "“", "—"). */
typedef enum {
  CG_TOKEN_WORD = 1 << 0,
  CG_TOKEN_PUNCT = 1 << 1,
  CG_TOKEN_CAPITALIZED = 1 << 2,  /* a word whose first letter is upper case */
  CG_TOKEN_NUMBER = 1 << 3,       /* starts with a digit: "2016", "$350" is PUNCT + NUMBER */
  CG_TOKEN_QUOTE = 1 << 4         /* a quotation mark (also straight ' used as one) */
} CgTokenFlags;

typedef struct {
  gint64 start;
  gint64 end;
  guint  flags;   /* CgTokenFlags */
} CgToken;

/* Tokens of TEXT[SPAN.start, SPAN.end) with file offsets.  Thread-safe,
 * no rules needed.  Returns a new GArray of CgToken. */
GArray *cg_tokenize (const char *text, CgSpan span);

/* The same with the segmenter's rules: the dot of a listed abbreviation
 * stays in its token ("Mr.", "Gen."), quotation marks are those of
 * quote-marks.rules and elisions ("rock 'n' roll") are not quotes.
 * Thread-safe.  Returns a new GArray of CgToken. */
GArray *cg_tokenize_with (const CgSegmenter *segmenter, const char *text, CgSpan span);

/* cg_tokenize() one token at a time, for a caller that keeps its own
 * records of the tokens (the extractor): no array in between.  The text
 * must outlive the tokenizer. */
typedef struct {
  const char *text;
  gsize       start, pos, end;
  gsize       limit;          /* the bytes of TEXT below it may be read (>= end): a span's
                                 last words take the shortcut when the text goes on */
  guint       open_singles;   /* single quotes opened and not closed yet */
  guint64     lower8;         /* the last token, when cg_tokenizer_next() took it by its shortcut
                                 and it has at most eight bytes: those ASCII-lowercased,
                                 little-endian, zero-padded; else 0 */
  GHashTable *dotted;         /* ASCII-lowercased names with a dot inside that a glued sentence
                                 end does not split ("rewire.news"), borrowed; NULL after
                                 cg_tokenizer_init(): the caller may set it */
} CgTokenizer;

void  cg_tokenizer_init (CgTokenizer *tokenizer, const char *text, CgSpan span);

/* cg_tokenizer_init() for a span of a text of TEXT_LEN bytes, which may be
 * read past the span's end (the tokens are the same). */
void  cg_tokenizer_init_within (CgTokenizer *tokenizer, const char *text, gsize text_len, CgSpan span);

/* The next token(s) into OUT: returns 1, or 2 for a doubled '' or `` (two
 * QUOTE tokens), or 0 at the end.  The same tokens as cg_tokenize().
 * Sets TOKENIZER->lower8 when the token after blanks other than spaces
 * takes cg_tokenizer_fast(), leaves it alone otherwise. */
guint cg_tokenizer_next_slow (CgTokenizer *tokenizer, CgToken out[2]);

/* Eight bytes at S as a little-endian word (S need not be aligned), for
 * the byte-parallel scans of the segmenter and the extractor. */
static inline guint64
cg_load_le64 (const char *s)
{
  guint64 x;
  memcpy (&x, s, 8);
  return GUINT64_FROM_LE (x);
}

/* Bit 7 of each byte of X (eight bytes, little-endian) set when that byte
 * is an ASCII letter or digit.  A byte b < 0x80 plus (0x80 - lo) reaches
 * bit 7 when b >= lo, and no sum carries into the next byte. */
static inline guint64
cg_ascii_alnum8 (guint64 x)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101), high = ones * 0x80;
  guint64 ascii = ~x & high;                        /* the bytes below 0x80 */
  guint64 low7 = x & ~high;
  guint64 y = low7 | (ones * 0x20);                 /* A-Z to a-z (and nothing else into a-z) */
  guint64 letter = (y + ones * (0x80 - 'a')) & ~(y + ones * (0x7F - 'z'));
  guint64 digit = (low7 + ones * (0x80 - '0')) & ~(low7 + ones * (0x7F - '9'));
  return (letter | digit) & ascii;
}

/* The ASCII letters and digits at the start of the sixteen bytes at S, as
 * many as there are up to 16 (16: maybe more), and the first eight bytes
 * as a little-endian word into *X0: the shortcut's word test. */
static inline gsize
cg_alnum_run16 (const char *s, guint64 *x0)
{
#if defined (__SSE2__) && defined (__x86_64__)
  /* the sixteen bytes at once: a byte is a letter when (b | 0x20) - 'a'
   * is below 26 and a digit when b - '0' is below 10 (unsigned, so no
   * byte of 0x80 and up is either) */
  __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) s);
  __m128i l = _mm_sub_epi8 (_mm_or_si128 (v, _mm_set1_epi8 (0x20)), _mm_set1_epi8 ('a'));
  __m128i d = _mm_sub_epi8 (v, _mm_set1_epi8 ('0'));
  __m128i alpha = _mm_cmpeq_epi8 (_mm_min_epu8 (l, _mm_set1_epi8 (25)), l);
  __m128i digit = _mm_cmpeq_epi8 (_mm_min_epu8 (d, _mm_set1_epi8 (9)), d);
  guint other = ~(guint) _mm_movemask_epi8 (_mm_or_si128 (alpha, digit)) & 0xFFFFu;
  *x0 = GUINT64_FROM_LE ((guint64) _mm_cvtsi128_si64 (v));
  return (gsize) __builtin_ctz (other | 0x10000u);
#else
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  *x0 = cg_load_le64 (s);
  guint64 other = ~cg_ascii_alnum8 (*x0) & high;
  if (other)
    return (gsize) __builtin_ctzll (other) / 8;
  other = ~cg_ascii_alnum8 (cg_load_le64 (s + 8)) & high;
  return other ? 8 + (gsize) __builtin_ctzll (other) / 8 : 16;
#endif
}

/* Whether the character at J of TEXT, whose first byte is 0xE2, is
 * punctuation of the General Punctuation block that ends a word before it
 * and is a token of its own: the curly double marks, the opening single
 * mark, the en and em dashes and the ellipsis; the closing single mark
 * only when no letter follows (else "Putin\u2019s" goes on).  FALSE when
 * unsure (other characters, or bytes past LIMIT): the slow way decides.
 * *FLAGS gets the token's flags when it stands alone. */
static inline gboolean
cg_tokenizer_mark (const char *text, gsize j, gsize end, gsize limit, guint *flags)
{
  if (j + 4 > limit || (guchar) text[j + 1] != 0x80)
    return FALSE;
  switch ((guchar) text[j + 2])
    {
    case 0x9C:  /* U+201C, U+201D: quotation marks without rules (cg_tokenize()) */
    case 0x9D:
      *flags = CG_TOKEN_PUNCT | CG_TOKEN_QUOTE;
      return TRUE;
    case 0x93:  /* U+2013, U+2014, U+2026 */
    case 0x94:
    case 0xA6:
      *flags = CG_TOKEN_PUNCT;
      return TRUE;
    case 0x98:  /* U+2018: ends a word; alone, a quote or not by its neighbours */
      *flags = 0;
      return TRUE;
    case 0x99:
      {
        guchar next = (guchar) text[j + 3];
        *flags = 0;
        return j + 3 >= end || (next < 0x80 && (guint) ((next | 0x20) - 'a') >= 26);
      }
    default:
      return FALSE;
    }
}

G_STATIC_ASSERT (CG_TOKEN_NUMBER == 0x40 >> 3 && CG_TOKEN_CAPITALIZED == 0x20 >> 3);

/* The shortcut's second chance, out of line: the ASCII word at I of TEXT
 * whose letters and digits stop at J before an apostrophe (' or U+2019)
 * and a letter, or a hyphen and a letter or digit ("don’t",
 * "high-ranking", a third of the tokens that went the slow way), when
 * its later parts are ASCII letters and digits too and it ends as
 * cg_tokenizer_fast()'s words do.  The token into *OUT, *POS past it,
 * *LOWER8 0 (its fold is not its lowercase); FALSE when the slow way
 * decides, *POS and *LOWER8 untouched. */
gboolean cg_tokenizer_joined (const char *text, gsize *pos, gsize i, gsize j, gsize end, gsize limit,
                              CgToken *out, guint64 *lower8);

/* The shortcut of cg_tokenizer_next(), the commonest tokens inline: an
 * ASCII word of up to 15 letters and digits followed by a blank or by
 * punctuation that cannot continue it (the dot only after two characters
 * or more and before no letter or digit; the comma only after a word not
 * starting with a digit) or by punctuation of cg_tokenizer_mark(),
 * printable ASCII punctuation that cannot be a quotation mark (a token of
 * one byte), and the curly double marks, dashes and ellipsis of
 * cg_tokenizer_mark() (news prints them around most quotations).
 * Everything else goes the slow way.
 *
 * On plain values, for a caller whose loop keeps the position in a
 * register (its tokenizer lives in memory, for the slow call): the token
 * at *POS of TEXT (blanks stepped over first) into *OUT and its lowercase
 * into *LOWER8 (as CgTokenizer.lower8), *POS past it.  FALSE when the
 * slow way decides, *POS then after the blanks. */
static inline gboolean
cg_tokenizer_fast (const char *text, gsize *pos, gsize end, gsize limit, CgToken *out, guint64 *lower8)
{
  gsize i = *pos;
  while (i < end && text[i] == ' ')
    i++;
  *pos = i;
  if (i < end && i + 16 <= limit)
    {
      guint64 x0;
      gsize len = cg_alnum_run16 (text + i, &x0);
      /* a word running past the span's end goes the slow way, which cuts it there */
      if (len > 0 && len < 15 && i + len <= end)
        {
          guchar c0 = (guchar) text[i], c = (guchar) text[i + len], next = (guchar) text[i + len + 1];
          gboolean number = (guchar) (c0 - '0') < 10, ends;
          /* ' , - . may continue a word; the blank and the rest of ASCII end it */
          const guint64 joiners = (G_GUINT64_CONSTANT (1) << '\'') | (G_GUINT64_CONSTANT (1) << ',')
                                  | (G_GUINT64_CONSTANT (1) << '-') | (G_GUINT64_CONSTANT (1) << '.');
          guint mark_flags;
          if (c >= 64 || !((joiners >> c) & 1))
            ends = c < 0x80 || (c == 0xE2 && cg_tokenizer_mark (text, i + len, end, limit, &mark_flags));
          else if (c == '.')
            ends = next < 0x80 && !((guint) ((next | 0x20) - 'a') < 26 || (guint) (next - '0') < 10)
                   && (len >= 2 || (guchar) (c0 - 'A') >= 26);
          else
            ends = c == ',' && !number;
          if (ends)
            {
              out->start = (gint64) i;
              out->end = (gint64) (i + len);
              /* C0 is an ASCII letter or digit: bit 6 clear for a digit,
               * bit 5 clear for an upper-case letter, shifted onto
               * CG_TOKEN_NUMBER and CG_TOKEN_CAPITALIZED (no tests) */
              out->flags = CG_TOKEN_WORD | (((guint) ~c0 & 0x60u) >> 3);
              *pos = i + len;
              /* a letter or digit is lowercase with bit 5 set; the word's
               * bytes kept by a mask per length (none past eight) */
              static const guint64 keep[16] = {
                0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, G_GUINT64_CONSTANT (0xFFFFFFFFFF),
                G_GUINT64_CONSTANT (0xFFFFFFFFFFFF), G_GUINT64_CONSTANT (0xFFFFFFFFFFFFFF),
                G_GUINT64_CONSTANT (0xFFFFFFFFFFFFFFFF), 0, 0, 0, 0, 0, 0, 0
              };
              *lower8 = (x0 | G_GUINT64_CONSTANT (0x2020202020202020)) & keep[len];
              return TRUE;
            }
          if (c == '\'' || c == '-' || c == 0xE2)
            return cg_tokenizer_joined (text, pos, i, i + len, end, limit, out, lower8);
        }
      else if (len == 0)
        {
          /* Printable ASCII punctuation but the quotation marks ' and `
           * is always a token of its own byte (cg_tokenize() has no rules
           * to make it anything else), " always a quotation mark
           * (token_glyph() without a segmenter: some 2% of a news text's
           * tokens, which went the slow way); its lowercase is itself. */
          guchar c0 = (guchar) text[i];
          guint mark_flags;
          /* a curly double mark, a dash or an ellipsis: three bytes, their
           * own fold (fold_token() copies U+2000..U+206F as they are) */
          if (c0 == 0xE2 && i + 3 <= end && cg_tokenizer_mark (text, i, end, limit, &mark_flags) && mark_flags)
            {
              out->start = (gint64) i;
              out->end = (gint64) (i + 3);
              out->flags = mark_flags;
              *pos = i + 3;
              *lower8 = x0 & G_GUINT64_CONSTANT (0xFFFFFF);
              return TRUE;
            }
          const guint64 lo = G_GUINT64_CONSTANT (0xFC00FF7E00000000);  /* ! " # $ % & ( ) * + , - . / : ; < = > ? */
          const guint64 hi = G_GUINT64_CONSTANT (0x78000000F8000001);  /* @ [ \ ] ^ _ { | } ~ */
          if (c0 < 0x80 && (((c0 < 64 ? lo : hi) >> (c0 & 63)) & 1))
            {
              out->start = (gint64) i;
              out->end = (gint64) (i + 1);
              out->flags = CG_TOKEN_PUNCT | (c0 == '"' ? CG_TOKEN_QUOTE : 0);
              *pos = i + 1;
              *lower8 = c0;
              return TRUE;
            }
        }
    }
  return FALSE;
}

/* cg_tokenizer_next_slow() with cg_tokenizer_fast() first. */
static inline guint
cg_tokenizer_next (CgTokenizer *tz, CgToken out[2])
{
  gsize pos = tz->pos;
  gboolean fast = cg_tokenizer_fast (tz->text, &pos, tz->end, tz->limit, &out[0], &tz->lower8);
  tz->pos = pos;
  if (fast)
    return 1;
  tz->lower8 = 0;
  /* through copies: a tokenizer and tokens whose addresses never leave the
   * caller's loop stay in registers there (the slow call is rare) */
  CgTokenizer t = *tz;
  CgToken o[2];
  guint got = cg_tokenizer_next_slow (&t, o);
  *tz = t;
  out[0] = o[0];
  if (got == 2)
    out[1] = o[1];
  return got;
}

/* The rules must outlive the segmenter.  Thread-safe once built. */
/* The names of abbreviations.rules [dotted-name] ("rewire.news"),
 * ASCII-lowercased, for CgTokenizer.dotted.  Returns a new set owning its
 * strings (empty when there are none). */
GHashTable *cg_tokenizer_dotted_names (CgRules *rules);

CgSegmenter *cg_segmenter_new (CgRules *rules, GError **error);
void         cg_segmenter_free (CgSegmenter *segmenter);

/* Segment TEXT (LEN bytes, valid UTF-8).  Never fails; unbalanced quotes
 * give quotes with closed == FALSE.  Returns new segments. */
CgSegments *cg_segmenter_run (CgSegmenter *segmenter, const char *text, gsize len);

G_END_DECLS

#endif
