/* tagger.c: the learned attribution tagger (cg-tagger.h).
 *
 * The extractor's rules find quotations and the common "X said that ..."
 * shapes precisely but miss the long tail of PolNeAR's attributions
 * (attitude verbs, nominal cues, odd word orders).  This is a first-order
 * structured perceptron over BIO labels, trained on PolNeAR's train split
 * by bench/train.c and run by the extractor on the sentences its rules
 * leave alone.  Weights are hashed feature buckets, each a row of eight
 * 16-bit weights (seven labels and a pad), so one token's emission scores
 * are CG_TAGGER_NF row additions.
 */
#include "cg-tagger.h"
#include "cg-rules.h"
#include "cg-modelfile.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#ifdef __SSE__
#include <xmmintrin.h>
#endif

#define ROW 8                    /* a bucket's row: CG_TAG_N weights and a pad */
#define MAGIC "claimgraph-tagger"
#define VERSION 2
#define CLUSTERS_MAGIC "claimgraph-clusters 1"

G_STATIC_ASSERT (CG_TAG_N < ROW);
/* the Viterbi loops count on this order */
G_STATIC_ASSERT (CG_TAG_B_SOURCE == 1 && CG_TAG_B_CUE == 3 && CG_TAG_B_CONTENT == 5);

/* A bucket's row as one vector (GCC and Clang vector extension). */
typedef gint16 Row __attribute__ ((vector_size (ROW * sizeof (gint16))));
/* A row's sums as floats, converted in one step rather than lane by lane. */
typedef float RowF __attribute__ ((vector_size (ROW * sizeof (float))));

/* The largest weight a row may hold so that CG_TAGGER_NF rows add up
 * without overflowing 16 bits. */
#define WMAX (32767 / CG_TAGGER_NF)

/* Word classes (bench/clusters.c): an open-addressing table from a
 * word's cg_tagger_hash() to its classes.  Two words of one hash share
 * their classes: a feature, never an answer. */
struct _CgTagClusters {
  guint32 *keys;   /* cg_tagger_hash () of a word; 0: an empty slot */
  guint32 *vals;   /* the fine class in the low 16 bits, the coarse above */
  guint32  mask;
  guint32  sum;    /* FNV-1a of the file's bytes */
  char    *name;   /* the file's base name */
};

/* A token's classes as the features read them: KNOWN or'ed with the
 * value, or UNKNOWN for a word the table lacks (0: not looked up yet). */
#define CL_KNOWN 0x80000000u
#define CL_UNKNOWN 0x40000000u

struct _CgTagger {
  guint      bits;
  CgTagClusters *clusters;                    /* or NULL: owned */
  gint16    *emit;                            /* 2^bits rows of ROW */
  float      trans[(CG_TAG_N + 1) * CG_TAG_N];
  gint16     qtrans[(CG_TAG_N + 1) * CG_TAG_N];  /* as stored */
#ifdef __SSE__
  float      tm[(CG_TAG_N + 1) * 8] __attribute__ ((aligned (16)));  /* trans as viterbi_lanes() reads it */
#endif
  GPtrArray *triggers;                        /* char*, owned */
};

static const char *const label_names[CG_TAG_N] = {
  "O", "B-SOURCE", "I-SOURCE", "B-CUE", "I-CUE", "B-CONTENT", "I-CONTENT"
};

void
cg_tag_doc_free (CgTagDoc *doc)
{
  if (doc == NULL)
    return;
  g_array_unref (doc->tokens);
  g_array_unref (doc->spans);
  g_array_unref (doc->sentences);
  g_string_chunk_free (doc->words);
  g_free (doc);
}

guint32
cg_tagger_hash (const char *word)
{
  guint32 h = 2166136261u;
  for (const guchar *p = (const guchar *) word; *p; p++)
    h = (h ^ *p) * 16777619u;
  return h ? h : 1u;
}

/* The hash of the last three bytes of WORD (of all of a shorter one). */
static guint32
suffix_hash (const char *word)
{
  gsize n = strlen (word);
  return cg_tagger_hash (word + (n > 3 ? n - 3 : 0)) ^ 0x5bd1e995u;
}

static inline guint32
feature (guint32 mask, guint tmpl, guint32 a, guint32 b)
{
  guint64 x = (guint64) a * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)
              + ((guint64) b ^ ((guint64) tmpl << 32)) * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F);
  return (guint32) (x >> 40) & mask;
}

/* A distance as a small bucket: 1, 2, 3, 4-5, 6-8, 9-12, 13 and more; 0 none. */
static inline guint32
dist_bucket (guint d)
{
  return d == 0 ? 0 : d <= 3 ? d : d <= 5 ? 4 : d <= 8 ? 5 : d <= 12 ? 6 : 7;
}

/* The flags the features read (the trigger bit is the model's own). */
#define CUE_LIKE (CG_TAGF_CUE | CG_TAGF_PREP | CG_TAGF_TRIGGER)

/* Most sentences are shorter: their scratch arrays stay on the stack. */
#define STACK_TOKENS 96

/* Per sentence: the nearest cue-like token on each side of each token, and
 * the hashes of each token's word and suffix, which the features read.  The
 * hashes are computed when first read: a sentence the trigger test turns
 * down (cg_tagger_tag) hashes only the words around its trigger words; one
 * it decodes has them all computed at once (context_fill()). */
typedef struct {
  guint   *ld, *rd;
  guint32 *h, *suf, *cl;   /* 0: not computed yet */
  const CgTagClusters *clusters;
  guint    stack[5 * STACK_TOKENS];
} Context;

static void
context_init (Context *cx, const CgTagClusters *clusters, const CgTagToken *toks, guint n)
{
  cx->ld = n <= STACK_TOKENS ? cx->stack : g_new (guint, 5 * (gsize) n);
  cx->rd = cx->ld + n;
  cx->h = cx->rd + n;
  cx->suf = cx->h + n;
  cx->cl = cx->suf + n;
  cx->clusters = clusters;
  memset (cx->h, 0, 3 * n * sizeof (guint32));
  guint last = G_MAXUINT;
  for (guint i = 0; i < n; i++)
    {
      cx->ld[i] = last;
      if (toks[i].flags & CUE_LIKE)
        last = i;
    }
  last = G_MAXUINT;
  for (guint i = n; i-- > 0;)
    {
      cx->rd[i] = last;
      if (toks[i].flags & CUE_LIKE)
        last = i;
    }
}

static void
context_clear (Context *cx)
{
  if (cx->ld != cx->stack)
    g_free (cx->ld);
}

/* The accessors below compute a value when first read; READY (a constant
 * at each call, so the test folds away) says context_fill() has computed
 * them all already. */
static inline guint32
word_hash (Context *cx, const CgTagToken *toks, guint i, gboolean ready)
{
  if (!ready && cx->h[i] == 0)
    cx->h[i] = cg_tagger_hash (toks[i].word);
  return cx->h[i];
}

static inline guint32
word_suffix (Context *cx, const CgTagToken *toks, guint i, gboolean ready)
{
  if (!ready && cx->suf[i] == 0)
    cx->suf[i] = suffix_hash (toks[i].word);
  return cx->suf[i];
}

/* The classes of the word of hash H in C (NULL: none known). */
static guint32
clusters_find (const CgTagClusters *c, guint32 h)
{
  if (c == NULL)
    return CL_UNKNOWN;
  for (guint32 i = (h ^ (h >> 15)) & c->mask;; i = (i + 1) & c->mask)
    {
      if (c->keys[i] == h)
        return CL_KNOWN | c->vals[i];
      if (c->keys[i] == 0)
        return CL_UNKNOWN;
    }
}

/* Token I's classes (CL_UNKNOWN past the sentence's ends). */
static inline guint32
word_class (Context *cx, const CgTagToken *toks, guint n, guint i, gboolean ready)
{
  if (i >= n)
    return CL_UNKNOWN;
  if (!ready && cx->cl[i] == 0)
    cx->cl[i] = clusters_find (cx->clusters, word_hash (cx, toks, i, FALSE));
  return cx->cl[i];
}

/* Every token's hashes and classes, for a sentence whose every token is
 * scored: one walk of each word gives its hash and its length, so its
 * suffix's hash takes no strlen(). */
static void
context_fill (Context *cx, const CgTagToken *toks, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      if (cx->h[i] == 0)
        {
          const guchar *w = (const guchar *) toks[i].word, *p = w;
          guint32 h = 2166136261u;
          for (; *p; p++)
            h = (h ^ *p) * 16777619u;
          cx->h[i] = h ? h : 1u;
          if (cx->suf[i] == 0)
            {
              guint32 g = 2166136261u;
              for (const guchar *q = p - w > 3 ? p - 3 : w; q < p; q++)
                g = (g ^ *q) * 16777619u;
              cx->suf[i] = (g ? g : 1u) ^ 0x5bd1e995u;
            }
        }
      if (cx->suf[i] == 0)
        cx->suf[i] = suffix_hash (toks[i].word);
      if (cx->cl[i] == 0)
        cx->cl[i] = clusters_find (cx->clusters, cx->h[i]);
    }
}

#define FINE(v) ((v) & 0xFFFFu)
#define COARSE(v) (((v) >> 16) & 0x3FFFu)

/* The CG_TAGGER_NF features of token I into F (READY: as for word_hash()). */
static inline __attribute__ ((always_inline)) void
token_features (guint32 mask, const CgTagToken *toks, guint n, guint i, Context *cx, guint32 *f, gboolean ready)
{
  const guint32 bos = 0x2545F491u, eos = 0x4F6CDD1Du;
  const guint *ld = cx->ld, *rd = cx->rd;
  const CgTagToken *t = &toks[i];
  guint32 w0 = word_hash (cx, toks, i, ready);
  guint32 wm1 = i > 0 ? word_hash (cx, toks, i - 1, ready) : bos;
  guint32 wp1 = i + 1 < n ? word_hash (cx, toks, i + 1, ready) : eos;
  const guint32 fmask = ~(guint32) CG_TAGF_TAKEN;
  guint32 f0 = t->flags & fmask, fm1 = i > 0 ? toks[i - 1].flags & fmask : 0xFFFFu;
  guint32 fp1 = i + 1 < n ? toks[i + 1].flags & fmask : 0xFFFEu;
  guint32 l = ld[i] == G_MAXUINT ? 0 : dist_bucket (i - ld[i]);
  guint32 r = rd[i] == G_MAXUINT ? 0 : dist_bucket (rd[i] - i);
  guint32 pos = MIN (i, 7u), rpos = MIN (n - 1 - i, 7u);
  f[0] = feature (mask, 0, 0, 0);
  f[1] = feature (mask, 1, w0, 0);
  f[2] = feature (mask, 2, wm1, 0);
  f[3] = feature (mask, 3, wp1, 0);
  f[4] = feature (mask, 6, wm1, w0);
  f[5] = feature (mask, 8, word_suffix (cx, toks, i, ready), 0);
  f[6] = feature (mask, 9, f0, 0);
  f[7] = feature (mask, 10, fm1, 0);
  f[8] = feature (mask, 11, fp1, 0);
  f[9] = feature (mask, 12, f0, wm1);
  f[10] = feature (mask, 14, l, 0);
  f[11] = feature (mask, 15, r, 0);
  f[12] = feature (mask, 16, l, r);
  f[13] = feature (mask, 19, pos, f0 & CG_TAGF_CAP);
  f[14] = feature (mask, 20, rpos, 0);
  f[15] = feature (mask, 23, (fm1 << 16) ^ f0, fp1);
  /* word classes learned from unlabelled news: the token's and its
   * neighbours', and the class of the nearest cue-like word on the left
   * with its distance */
  guint32 c0 = word_class (cx, toks, n, i, ready), cm1 = i > 0 ? word_class (cx, toks, n, i - 1, ready) : 1;
  guint32 cp1 = word_class (cx, toks, n, i + 1, ready), cl = ld[i] == G_MAXUINT ? 2 : word_class (cx, toks, n, ld[i], ready);
  f[16] = feature (mask, 32, c0, 0);
  f[17] = feature (mask, 33, cm1, 0);
  f[18] = feature (mask, 34, cp1, 0);
  f[19] = feature (mask, 35, (COARSE (cm1) << 16) ^ COARSE (c0) ^ (cm1 & CL_UNKNOWN), COARSE (cp1) ^ (cp1 & CL_UNKNOWN));
  f[20] = feature (mask, 36, FINE (cl) ^ (cl & (CL_UNKNOWN | 2)), l);
  f[21] = feature (mask, 37, COARSE (c0) ^ (c0 & CL_UNKNOWN), (l << 4) | r);
#if CG_TAGGER_NF > 22
  guint32 wm2 = i > 1 ? word_hash (cx, toks, i - 2, ready) : bos, wp2 = i + 2 < n ? word_hash (cx, toks, i + 2, ready) : eos;
  guint32 lw = ld[i] == G_MAXUINT ? 0 : word_hash (cx, toks, ld[i], ready);
  guint32 rw = rd[i] == G_MAXUINT ? 0 : word_hash (cx, toks, rd[i], ready);
  f[22] = feature (mask, 24, w0, wp1);
  f[23] = feature (mask, 25, wm2, 0);
  f[24] = feature (mask, 26, wp2, 0);
  f[25] = feature (mask, 27, lw, l);
  f[26] = feature (mask, 28, rw, r);
  f[27] = feature (mask, 29, lw, f0);
  f[28] = feature (mask, 30, rw, f0);
  f[29] = feature (mask, 31, wm1, wp1);
#endif
}

void
cg_tagger_features (guint bits, const CgTagClusters *clusters, const CgTagToken *toks, guint n, guint32 *feats)
{
  Context cx;
  context_init (&cx, clusters, toks, n);
  for (guint i = 0; i < n; i++)
    token_features ((1u << bits) - 1, toks, n, i, &cx, feats + (gsize) i * CG_TAGGER_NF, FALSE);
  context_clear (&cx);
}

static inline gboolean
allowed (guint prev, guint cur)
{
  if (cur == CG_TAG_I_SOURCE || cur == CG_TAG_I_CUE || cur == CG_TAG_I_CONTENT)
    return prev == cur || prev == cur - 1;
  return TRUE;
}

gboolean
cg_tagger_allowed (guint prev, guint cur)
{
  return allowed (prev, cur);
}

#ifdef __SSE__
/* The forward pass with the seven labels in two SSE registers (O B-S I-S
 * B-C | I-C B-CT I-CT pad): the scores of position i are, lane by lane,
 * the maximum over the previous label p of (its score + the transitions
 * out of p) plus the emissions, a transition cg_tagger_allowed() turns
 * down weighing -1e30; the same additions and maxima as the scalar loop,
 * so the same labels.  The best predecessor is found again only along the
 * best path. */

/* TRANS ((CG_TAG_N + 1) x CG_TAG_N) as rows of eight, -1e30 where
 * cg_tagger_allowed() says no, into TM. */
static void
transition_lanes (const float *trans, float *tm)
{
  for (guint p = 0; p <= CG_TAG_N; p++)
    {
      for (guint c = 0; c < CG_TAG_N; c++)
        tm[p * 8 + c] = allowed (p, c) ? trans[p * CG_TAG_N + c] : -1e30f;
      tm[p * 8 + CG_TAG_N] = -1e30f;
    }
}

static void
viterbi_lanes (const float *emit, const float *tm, guint n, guint8 *labels)
{
  G_STATIC_ASSERT (CG_TAG_N == 7);
  __m128 stack[2 * STACK_TOKENS];
  __m128 *sc = n <= STACK_TOKENS ? stack : g_new (__m128, 2 * (gsize) n);
  __m128 e0 = _mm_loadu_ps (emit), e1 = _mm_loadu_ps (emit + 3);
  e1 = _mm_shuffle_ps (e1, e1, _MM_SHUFFLE (3, 3, 2, 1));
  sc[0] = _mm_add_ps (_mm_load_ps (tm + CG_TAG_N * 8), e0);
  sc[1] = _mm_add_ps (_mm_load_ps (tm + CG_TAG_N * 8 + 4), e1);
  for (guint i = 1; i < n; i++)
    {
      __m128 s0 = sc[2 * i - 2], s1 = sc[2 * i - 1];
#define FROM(P, S, LANE)                                                                   \
      do {                                                                                  \
        __m128 b = _mm_shuffle_ps (S, S, _MM_SHUFFLE (LANE, LANE, LANE, LANE));            \
        m0 = _mm_max_ps (m0, _mm_add_ps (b, _mm_load_ps (tm + (P) * 8)));                  \
        m1 = _mm_max_ps (m1, _mm_add_ps (b, _mm_load_ps (tm + (P) * 8 + 4)));              \
      } while (0)
      __m128 b0 = _mm_shuffle_ps (s0, s0, 0);
      __m128 m0 = _mm_add_ps (b0, _mm_load_ps (tm)), m1 = _mm_add_ps (b0, _mm_load_ps (tm + 4));
      FROM (1, s0, 1);
      FROM (2, s0, 2);
      FROM (3, s0, 3);
      FROM (4, s1, 0);
      FROM (5, s1, 1);
      FROM (6, s1, 2);
#undef FROM
      const float *e = emit + (gsize) i * CG_TAG_N;
      e0 = _mm_loadu_ps (e);
      e1 = _mm_loadu_ps (e + 3);
      e1 = _mm_shuffle_ps (e1, e1, _MM_SHUFFLE (3, 3, 2, 1));
      sc[2 * i] = _mm_add_ps (m0, e0);
      sc[2 * i + 1] = _mm_add_ps (m1, e1);
    }
  float last[8] __attribute__ ((aligned (16)));
  _mm_store_ps (last, sc[2 * n - 2]);
  _mm_store_ps (last + 4, sc[2 * n - 1]);
  guint best = 0;
  for (guint c = 1; c < CG_TAG_N; c++)
    if (last[c] > last[best])
      best = c;
  labels[n - 1] = (guint8) best;
  for (guint i = n - 1; i > 0; i--)
    {
      float s[8] __attribute__ ((aligned (16)));
      _mm_store_ps (s, sc[2 * i - 2]);
      _mm_store_ps (s + 4, sc[2 * i - 1]);
      guint arg = 0;
      float bv = s[0] + tm[best];
      for (guint p = 1; p < CG_TAG_N; p++)
        if (s[p] + tm[p * 8 + best] > bv)
          {
            bv = s[p] + tm[p * 8 + best];
            arg = p;
          }
      best = arg;
      labels[i - 1] = (guint8) best;
    }
  if (sc != stack)
    g_free (sc);
}

void
cg_tagger_viterbi (const float *emit, const float *trans, guint n, guint8 *labels)
{
  float tm[(CG_TAG_N + 1) * 8] __attribute__ ((aligned (16)));
  if (n == 0)
    return;
  transition_lanes (trans, tm);
  viterbi_lanes (emit, tm, n, labels);
}
#else
/* fmaxf without its NaN rules, so it compiles to one instruction (no
 * score is NaN) rather than a call */
static inline float
max2 (float a, float b)
{
  return a > b ? a : b;
}

void
cg_tagger_viterbi (const float *emit, const float *trans, guint n, guint8 *labels)
{
  if (n == 0)
    return;
  /* The forward pass keeps every position's scores and no back pointers:
   * O and the B- labels may follow any label, an I- label only its own B-
   * or itself (cg_tagger_allowed), and each is a maximum without a branch;
   * the best predecessor is found again only for the labels of the best
   * path. */
  G_STATIC_ASSERT (CG_TAG_N == 7);
  float stack[STACK_TOKENS * CG_TAG_N];
  float *sc = n <= STACK_TOKENS ? stack : g_new (float, (gsize) n * CG_TAG_N);
  float tcol[CG_TAG_N * CG_TAG_N];  /* the transitions into each label, side by side */
  for (guint p = 0; p < CG_TAG_N; p++)
    for (guint c = 0; c < CG_TAG_N; c++)
      tcol[c * CG_TAG_N + p] = trans[p * CG_TAG_N + c];
  for (guint c = 0; c < CG_TAG_N; c++)
    sc[c] = allowed (CG_TAG_N, c) ? trans[CG_TAG_N * CG_TAG_N + c] + emit[c] : -1e30f;
  for (guint i = 1; i < n; i++)
    {
      const float *s = sc + (gsize) (i - 1) * CG_TAG_N, *e = emit + (gsize) i * CG_TAG_N;
      float *o = sc + (gsize) i * CG_TAG_N;
      for (guint k = 0; k < 4; k++)
        {
          guint c = k == 0 ? CG_TAG_O : 2 * k - 1;  /* O, B-SOURCE, B-CUE, B-CONTENT */
          const float *t = tcol + c * CG_TAG_N;
          /* written out as a tree of maxima: the compiler keeps it branch free */
          float m01 = max2 (s[0] + t[0], s[1] + t[1]), m23 = max2 (s[2] + t[2], s[3] + t[3]);
          float m45 = max2 (s[4] + t[4], s[5] + t[5]);
          o[c] = max2 (max2 (m01, m23), max2 (m45, s[6] + t[6])) + e[c];
        }
      for (guint c = CG_TAG_I_SOURCE; c <= CG_TAG_I_CONTENT; c += 2)
        {
          float from_b = s[c - 1] + trans[(c - 1) * CG_TAG_N + c], from_i = s[c] + trans[c * CG_TAG_N + c];
          o[c] = max2 (from_i, from_b) + e[c];
        }
    }
  guint best = 0;
  const float *last = sc + (gsize) (n - 1) * CG_TAG_N;
  for (guint c = 1; c < CG_TAG_N; c++)
    if (last[c] > last[best])
      best = c;
  labels[n - 1] = (guint8) best;
  for (guint i = n - 1; i > 0; i--)
    {
      const float *s = sc + (gsize) (i - 1) * CG_TAG_N;
      /* an I- label came from its B- or itself, the others from any label */
      guint from = allowed (0, best) ? 0 : best - 1, to = allowed (0, best) ? CG_TAG_N : best + 1, arg = from;
      float bv = s[from] + trans[from * CG_TAG_N + best];
      for (guint p = from + 1; p < to; p++)
        if (s[p] + trans[p * CG_TAG_N + best] > bv)
          {
            bv = s[p] + trans[p * CG_TAG_N + best];
            arg = p;
          }
      best = arg;
      labels[i - 1] = (guint8) best;
    }
  if (sc != stack)
    g_free (sc);
}

#endif

/* cg_tagger_viterbi() with the model's transitions. */
static void
decode (const CgTagger *t, const float *emit, guint n, guint8 *labels)
{
#ifdef __SSE__
  if (n > 0)
    viterbi_lanes (emit, t->tm, n, labels);
#else
  cg_tagger_viterbi (emit, t->trans, n, labels);
#endif
}

/* Called once the transitions are final. */
static void
tagger_ready (CgTagger *t)
{
#ifdef __SSE__
  transition_lanes (t->trans, t->tm);
#else
  (void) t;
#endif
}

/* ---- word classes -------------------------------------------------------

   claimgraph-clusters 1
   # a comment                (any number of lines)
   WORD FINE COARSE           (one per word; classes below 65536 and 16384)
*/

static guint32
bytes_sum (const char *data, gsize len)
{
  guint32 h = 2166136261u;
  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) data[i]) * 16777619u;
  return h;
}

CgTagClusters *
cg_tag_clusters_parse (const char *path, const char *data, gsize len, GError **error)
{
  CgTagClusters *c = g_new0 (CgTagClusters, 1);
  c->name = g_path_get_basename (path);
  c->sum = bytes_sum (data, len);
  guint lines = 1;
  for (gsize i = 0; i < len; i++)
    lines += data[i] == '\n';
  guint size = 16;
  while (size < 2 * lines)
    size *= 2;
  c->mask = size - 1;
  c->keys = g_new0 (guint32, size);
  c->vals = g_new0 (guint32, size);
  gsize pos = 0;
  guint line = 0;
  gboolean ok = TRUE;
  /* each line copied into one reused buffer and cut at its two blanks in
   * place (a copy and a g_strsplit() per line were most of loading) */
  GString *buf = g_string_sized_new (128);
  while (ok && pos < len)
    {
      line++;
      const char *nl = memchr (data + pos, '\n', len - pos);
      gsize end = nl ? (gsize) (nl - data) : len;
      g_string_truncate (buf, 0);
      g_string_append_len (buf, data + pos, (gssize) (end - pos));
      char *ln = buf->str;
      pos = end + 1;
      if (line == 1)
        {
          if (strcmp (ln, CLUSTERS_MAGIC) != 0)
            ok = cg_rules_fail (error, path, line, "not a claimgraph clusters file (expected \"%s\")", CLUSTERS_MAGIC);
        }
      else if (ln[0] != '#' && ln[0] != '\0')
        {
          /* "WORD FINE COARSE": exactly two blanks (fields may be empty,
           * as g_strsplit() would give them, and are refused below) */
          char *f[3] = { ln, NULL, NULL };
          char *b1 = strchr (ln, ' '), *b2 = b1 ? strchr (b1 + 1, ' ') : NULL;
          char *e1 = NULL, *e2 = NULL;
          guint64 fine = 0, coarse = 0;
          if (b2 && strchr (b2 + 1, ' ') == NULL)
            {
              *b1 = *b2 = '\0';
              f[1] = b1 + 1;
              f[2] = b2 + 1;
              fine = g_ascii_strtoull (f[1], &e1, 10);
              coarse = g_ascii_strtoull (f[2], &e2, 10);
            }
          if (e1 == NULL || *e1 || *e2 || e1 == f[1] || e2 == f[2] || f[0][0] == '\0' || fine > 0xFFFF || coarse > 0x3FFF)
            ok = cg_rules_fail (error, path, line, "expected \"WORD FINE COARSE\" (classes below 65536 and 16384)");
          else
            {
              guint32 h = cg_tagger_hash (f[0]), i = (h ^ (h >> 15)) & c->mask;
              while (c->keys[i] != 0 && c->keys[i] != h)
                i = (i + 1) & c->mask;
              c->keys[i] = h;
              c->vals[i] = (guint32) fine | (guint32) coarse << 16;
            }
        }
    }
  g_string_free (buf, TRUE);
  if (ok && line == 0)
    ok = cg_rules_fail (error, path, 1, "empty clusters file");
  if (!ok)
    {
      cg_tag_clusters_free (c);
      return NULL;
    }
  return c;
}

CgTagClusters *
cg_tag_clusters_load (const char *path, GError **error)
{
  gsize len;
  char *data = cg_modelfile_read (path, &len, error);
  if (data == NULL)
    return NULL;
  CgTagClusters *c = cg_tag_clusters_parse (path, data, len, error);
  g_free (data);
  return c;
}

void
cg_tag_clusters_free (CgTagClusters *c)
{
  if (c == NULL)
    return;
  g_free (c->keys);
  g_free (c->vals);
  g_free (c->name);
  g_free (c);
}

gboolean
cg_tag_clusters_lookup (const CgTagClusters *c, const char *word, guint *fine, guint *coarse)
{
  guint32 v = clusters_find (c, cg_tagger_hash (word));
  if (!(v & CL_KNOWN))
    return FALSE;
  *fine = FINE (v);
  *coarse = COARSE (v);
  return TRUE;
}

static CgTagClusters *
clusters_copy (const CgTagClusters *c)
{
  if (c == NULL)
    return NULL;
  CgTagClusters *d = g_new0 (CgTagClusters, 1);
  d->keys = g_memdup2 (c->keys, ((gsize) c->mask + 1) * sizeof (guint32));
  d->vals = g_memdup2 (c->vals, ((gsize) c->mask + 1) * sizeof (guint32));
  d->mask = c->mask;
  d->sum = c->sum;
  d->name = g_strdup (c->name);
  return d;
}

const CgTagClusters *
cg_tagger_clusters (const CgTagger *t)
{
  return t->clusters;
}

static CgTagger *
tagger_alloc (guint bits)
{
  CgTagger *t = g_new0 (CgTagger, 1);
  t->bits = bits;
  t->emit = g_aligned_alloc0 ((gsize) 1 << bits, sizeof (Row), sizeof (Row));
  t->triggers = g_ptr_array_new_with_free_func (g_free);
  return t;
}

CgTagger *
cg_tagger_new (guint bits, const float *emit, const float *trans, GPtrArray *triggers, const CgTagClusters *clusters)
{
  CgTagger *t = tagger_alloc (bits);
  t->clusters = clusters_copy (clusters);
  gsize rows = (gsize) 1 << bits;
  float max = 0;
  for (gsize i = 0; i < rows * CG_TAG_N; i++)
    max = MAX (max, fabsf (emit[i]));
  for (guint i = 0; i < (CG_TAG_N + 1) * CG_TAG_N; i++)
    max = MAX (max, fabsf (trans[i]));
  float scale = max > 0 ? (float) WMAX / max : 1.0f;
  for (gsize r = 0; r < rows; r++)
    for (guint c = 0; c < CG_TAG_N; c++)
      t->emit[r * ROW + c] = (gint16) lrintf (emit[r * CG_TAG_N + c] * scale);
  for (guint i = 0; i < (CG_TAG_N + 1) * CG_TAG_N; i++)
    {
      t->qtrans[i] = (gint16) lrintf (trans[i] * scale);
      t->trans[i] = t->qtrans[i];
    }
  for (guint i = 0; triggers && i < triggers->len; i++)
    g_ptr_array_add (t->triggers, g_strdup (g_ptr_array_index (triggers, i)));
  tagger_ready (t);
  return t;
}

void
cg_tagger_free (CgTagger *t)
{
  if (t == NULL)
    return;
  g_aligned_free (t->emit);
  cg_tag_clusters_free (t->clusters);
  g_ptr_array_unref (t->triggers);
  g_free (t);
}

GPtrArray *
cg_tagger_triggers (const CgTagger *t)
{
  return t->triggers;
}

guint
cg_tagger_bits (const CgTagger *t)
{
  return t->bits;
}

/* The emission scores of token I into EMIT (CG_TAG_N).  The rows are
 * added eight lanes at a time in 16 bits: the loader scaled the weights so
 * that CG_TAGGER_NF of them cannot overflow.  READY: as for word_hash(). */
static inline __attribute__ ((always_inline)) void
token_emit (const CgTagger *t, const CgTagToken *toks, guint n, guint i, Context *cx, float *emit, gboolean ready)
{
  guint32 f[CG_TAGGER_NF];
  token_features ((1u << t->bits) - 1, toks, n, i, cx, f, ready);
  Row acc = { 0 };
  const Row *rows = (const Row *) (const void *) t->emit;
  /* unrolled: the loop's own count and test were as many instructions
   * as its additions */
#pragma GCC unroll 32
  for (guint k = 0; k < CG_TAGGER_NF; k++)
    acc += rows[f[k]];
  /* exact: every 16-bit integer is a float */
  RowF fl = __builtin_convertvector (acc, RowF);
  memcpy (emit, &fl, CG_TAG_N * sizeof (float));
}

gboolean
cg_tagger_tag (const CgTagger *t, const CgTagToken *toks, guint n, double min_margin, guint8 *labels,
               float *margins)
{
  float need = (float) (min_margin * WMAX);
  if (n == 0)
    return FALSE;
  memset (labels, CG_TAG_O, n);
  float estack[STACK_TOKENS * CG_TAG_N];
  float *emit = n <= STACK_TOKENS ? estack : g_new (float, (gsize) n * CG_TAG_N);
  Context cx;
  context_init (&cx, t->clusters, toks, n);
  /* A trigger word whose own scores do not make it a cue leaves the
   * sentence alone: most sentences are decided by a token or two. */
  gboolean cue = FALSE;
  guint8 *done = labels;  /* 1 where the scores are in EMIT already */
  for (guint i = 0; i < n; i++)
    if ((toks[i].flags & (CG_TAGF_TRIGGER | CG_TAGF_TAKEN)) == CG_TAGF_TRIGGER)
      {
        float *e = emit + (gsize) i * CG_TAG_N;
        token_emit (t, toks, n, i, &cx, e, FALSE);
        done[i] = 1;
        float as_cue = MAX (e[CG_TAG_B_CUE], e[CG_TAG_I_CUE]), other = -1e30f;
        for (guint c = 0; c < CG_TAG_N; c++)
          if (c != CG_TAG_B_CUE && c != CG_TAG_I_CUE)
            other = MAX (other, e[c]);
        cue |= as_cue - other >= need;
      }
  if (cue)
    {
      context_fill (&cx, toks, n);
      for (guint i = 0; i < n; i++)
        if (!done[i])
          token_emit (t, toks, n, i, &cx, emit + (gsize) i * CG_TAG_N, TRUE);
      decode (t, emit, n, labels);
      for (guint i = 0; margins && i < n; i++)
        {
          const float *e = emit + (gsize) i * CG_TAG_N;
          margins[i] = 0;
          if (labels[i] == CG_TAG_O || labels[i] >= CG_TAG_B_CONTENT)
            continue;
          float other = -1e30f;
          for (guint c = 0; c < CG_TAG_N; c++)
            if (c != labels[i])
              other = MAX (other, e[c]);
          margins[i] = (e[labels[i]] - other) / WMAX;
        }
    }
  else
    memset (labels, CG_TAG_O, n);
  context_clear (&cx);
  if (emit != estack)
    g_free (emit);
  return cue;
}

void
cg_tagger_tag_range (const CgTagger *t, const CgTagToken *toks, guint n, guint from, guint to, guint8 *labels)
{
  if (from >= to || to > n)
    return;
  guint m = to - from;
  float estack[STACK_TOKENS * CG_TAG_N];
  float *emit = m <= STACK_TOKENS ? estack : g_new (float, (gsize) m * CG_TAG_N);
  Context cx;
  context_init (&cx, t->clusters, toks, n);
  for (guint i = from; i < to; i++)
    token_emit (t, toks, n, i, &cx, emit + (gsize) (i - from) * CG_TAG_N, FALSE);
  decode (t, emit, m, labels + from);
  context_clear (&cx);
  if (emit != estack)
    g_free (emit);
}

/* ---- the file ------------------------------------------------------------

   claimgraph-tagger 2
   bits 17
   features 22
   labels O B-SOURCE I-SOURCE B-CUE I-CUE B-CONTENT I-CONTENT
   clusters FILE SUM       (optional: the word classes beside the model, FNV-1a of its bytes in hex)
   trigger WORD            (any number of lines)
   weights
   <binary: (labels+1) x labels transition weights, then 2^bits x labels
    emission weights; 16-bit signed little-endian>
*/


/* The format with the labels line as this build writes and wants it.
 * Returns a new string for the labels (the caller frees it). */
static char *
tagger_format (CgModelFormat *fmt)
{
  char *labels = g_strjoinv (" ", (char **) label_names);
  *fmt = (CgModelFormat) { MAGIC, VERSION, "tagger", CG_TAGGER_NF, labels, "trigger", "a trigger is one word" };
  return labels;
}

/* The word classes a model's header names in LINE ("NAME SUM": a file
 * beside the model PATH and the FNV-1a sum of its bytes).  Returns a new
 * table, NULL with ERROR set naming the model or the clusters file. */
static CgTagClusters *
load_clusters (const char *path, const char *data, gsize len, const char *line, GError **error)
{
  char name[256];
  guint32 sum;
  char extra;
  if (sscanf (line, "%255s %" G_GINT32_MODIFIER "x%c", name, &sum, &extra) != 2 || strchr (name, '/'))
    {
      /* the header's line number: count down to it */
      guint ln = 1;
      const char *at = g_strstr_len (data, (gssize) len, "\nclusters ");
      for (const char *p = data; at && p <= at; p++)
        ln += *p == '\n';
      cg_rules_fail (error, path, ln, "expected \"clusters FILE SUM\" (a file name beside the model, hex sum)");
      return NULL;
    }
  char *dir = g_path_get_dirname (path), *cpath = g_build_filename (dir, name, NULL);
  CgTagClusters *c = cg_tag_clusters_load (cpath, error);
  if (c && c->sum != sum)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_RULES, "%s: the word classes %s differ from those the model was "
                   "trained with (sum %08x, the model wants %08x): retrain it", path, cpath, c->sum, sum);
      cg_tag_clusters_free (c);
      c = NULL;
    }
  g_free (dir);
  g_free (cpath);
  return c;
}

CgTagger *
cg_tagger_parse (const char *path, const char *data, gsize len, GError **error)
{
  gsize pos;
  guint line, bits;
  GPtrArray *triggers = g_ptr_array_new_with_free_func (g_free);
  CgTagger *t = NULL;
  CgModelFormat fmt;
  char *labels = tagger_format (&fmt), *clusters = NULL;
  CgTagClusters *cl = NULL;
  gboolean ok = cg_modelfile_parse_header_full (&fmt, path, data, len, &bits, triggers, "clusters", &clusters, &pos,
                                                &line, error);
  g_free (labels);
  if (!ok)
    goto out;
  gsize rows = (gsize) 1 << bits;
  gsize need = ((CG_TAG_N + 1) * CG_TAG_N + rows * CG_TAG_N) * 2;
  if (!cg_modelfile_check_size (path, len, pos, line, need, bits, error))
    goto out;
  /* the model's own file first: a model cut short is reported as such */
  if (clusters && !(cl = load_clusters (path, data, len, clusters, error)))
    goto out;
  t = tagger_alloc (bits);
  const guchar *w = cg_modelfile_get_weights ((const guchar *) data + pos, t->qtrans, (CG_TAG_N + 1) * CG_TAG_N);
  for (guint i = 0; i < (CG_TAG_N + 1) * CG_TAG_N; i++)
    t->trans[i] = t->qtrans[i];
  for (gsize r = 0; r < rows; r++)
    w = cg_modelfile_get_weights (w, t->emit + r * ROW, CG_TAG_N);
  /* a model written by another tool may use the whole 16 bits: scale it
   * down to what the row additions can hold */
  gint maxw = 0;
  for (gsize k = 0; k < rows * ROW; k++)
    maxw = MAX (maxw, ABS ((gint) t->emit[k]));
  if (maxw > WMAX)
    {
      double f = (double) WMAX / maxw;
      for (gsize k = 0; k < rows * ROW; k++)
        t->emit[k] = (gint16) lrint (t->emit[k] * f);
      for (guint i = 0; i < (CG_TAG_N + 1) * CG_TAG_N; i++)
        {
          t->qtrans[i] = (gint16) lrint (t->qtrans[i] * f);
          t->trans[i] = t->qtrans[i];
        }
    }
  tagger_ready (t);
  g_ptr_array_extend_and_steal (t->triggers, triggers);
  triggers = NULL;
  t->clusters = cl;
  cl = NULL;
out:
  if (triggers)
    g_ptr_array_unref (triggers);
  cg_tag_clusters_free (cl);
  g_free (clusters);
  return t;
}

CgTagger *
cg_tagger_load (const char *path, GError **error)
{
  gsize len;
  char *data = cg_modelfile_read (path, &len, error);
  if (data == NULL)
    return NULL;
  CgTagger *t = cg_tagger_parse (path, data, len, error);
  g_free (data);
  return t;
}

gboolean
cg_tagger_save (const CgTagger *t, const char *path, GError **error)
{
  GString *out = g_string_new (NULL);
  CgModelFormat fmt;
  char *labels = tagger_format (&fmt);
  char *extra = t->clusters ? g_strdup_printf ("clusters %s %08x", t->clusters->name, t->clusters->sum) : NULL;
  cg_modelfile_append_header_full (out, &fmt, t->bits, t->triggers, extra);
  g_free (extra);
  g_free (labels);
  cg_modelfile_append_weights (out, t->qtrans, (CG_TAG_N + 1) * CG_TAG_N);
  gsize rows = (gsize) 1 << t->bits;
  for (gsize r = 0; r < rows; r++)
    cg_modelfile_append_weights (out, t->emit + r * ROW, CG_TAG_N);
  gboolean ok = cg_modelfile_write (path, out, error);
  g_string_free (out, TRUE);
  return ok;
}
