/* sha256.c: SHA-256 (FIPS 180-4) with the x86 SHA extensions when the
 * processor has them, and a portable implementation otherwise.
 *
 * Every article is hashed once per read (the store is keyed by the
 * digest), and with GLib's implementation that was about half of the
 * reader's time.  The SHA extensions do the rounds and the message
 * schedule in hardware, several times faster; which implementation runs is
 * decided once, from CPUID.  The padding and the final blocks are shared,
 * so the two differ only in how they compress 64-byte blocks.
 */
#include "cg-sha256.h"

#include <string.h>

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#include <immintrin.h>
#define HAVE_X86_SHA 1
#endif

static const guint32 K[64] = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static const guint32 H0[8] = {
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

/* Compress N 64-byte blocks at P into STATE. */
typedef void (*BlocksFunc) (guint32 state[8], const guint8 *p, gsize n);

static inline guint32
ror32 (guint32 x, int n)
{
  return (x >> n) | (x << (32 - n));
}

static inline guint32
load_be32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | (guint32) p[3];
}

static void
blocks_portable (guint32 state[8], const guint8 *p, gsize n)
{
  for (; n > 0; n--, p += 64)
    {
      guint32 w[64];
      for (int t = 0; t < 16; t++)
        w[t] = load_be32 (p + 4 * t);
      for (int t = 16; t < 64; t++)
        {
          guint32 s0 = ror32 (w[t - 15], 7) ^ ror32 (w[t - 15], 18) ^ (w[t - 15] >> 3);
          guint32 s1 = ror32 (w[t - 2], 17) ^ ror32 (w[t - 2], 19) ^ (w[t - 2] >> 10);
          w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
      guint32 a = state[0], b = state[1], c = state[2], d = state[3];
      guint32 e = state[4], f = state[5], g = state[6], h = state[7];
      for (int t = 0; t < 64; t++)
        {
          guint32 t1 = h + (ror32 (e, 6) ^ ror32 (e, 11) ^ ror32 (e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t];
          guint32 t2 = (ror32 (a, 2) ^ ror32 (a, 13) ^ ror32 (a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
          h = g;
          g = f;
          f = e;
          e = d + t1;
          d = c;
          c = b;
          b = a;
          a = t1 + t2;
        }
      state[0] += a;
      state[1] += b;
      state[2] += c;
      state[3] += d;
      state[4] += e;
      state[5] += f;
      state[6] += g;
      state[7] += h;
    }
}

#ifdef HAVE_X86_SHA
/* The SHA extensions keep the state as two vectors, ABEF and CDGH (A in
 * the highest lane); SHA256RNDS2 does two rounds, taking CDGH, ABEF and
 * the two words W[t] + K[t] in the low lanes, and gives the new ABEF (the
 * old ABEF is the new CDGH).  SHA256MSG1 and SHA256MSG2 compute four words
 * of the message schedule from the sixteen before them. */
__attribute__ ((target ("sha,sse4.1,ssse3"))) static void
blocks_sha_ni (guint32 state[8], const guint8 *p, gsize n)
{
  const __m128i bswap = _mm_set_epi64x (0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
  __m128i dcba = _mm_loadu_si128 ((const __m128i *) (const void *) &state[0]);
  __m128i hgfe = _mm_loadu_si128 ((const __m128i *) (const void *) &state[4]);
  __m128i cdab = _mm_shuffle_epi32 (dcba, 0xB1);
  __m128i efgh = _mm_shuffle_epi32 (hgfe, 0x1B);
  __m128i abef = _mm_alignr_epi8 (cdab, efgh, 8);
  __m128i cdgh = _mm_blend_epi16 (efgh, cdab, 0xF0);

  for (; n > 0; n--, p += 64)
    {
      __m128i abef_in = abef, cdgh_in = cdgh;
      __m128i m[4];
      for (int i = 0; i < 4; i++)
        m[i] = _mm_shuffle_epi8 (_mm_loadu_si128 ((const __m128i *) (const void *) (p + 16 * i)), bswap);
      for (int i = 0; i < 16; i++)
        {
          if (i >= 4)
            {
              /* m[i & 3] holds W[4i-16 ..], the others W[4i-12 ..], W[4i-8 ..], W[4i-4 ..] */
              __m128i x = _mm_sha256msg1_epu32 (m[i & 3], m[(i + 1) & 3]);
              x = _mm_add_epi32 (x, _mm_alignr_epi8 (m[(i + 3) & 3], m[(i + 2) & 3], 4));
              m[i & 3] = _mm_sha256msg2_epu32 (x, m[(i + 3) & 3]);
            }
          __m128i wk = _mm_add_epi32 (m[i & 3], _mm_loadu_si128 ((const __m128i *) (const void *) &K[4 * i]));
          cdgh = _mm_sha256rnds2_epu32 (cdgh, abef, wk);
          abef = _mm_sha256rnds2_epu32 (abef, cdgh, _mm_shuffle_epi32 (wk, 0x0E));
        }
      abef = _mm_add_epi32 (abef, abef_in);
      cdgh = _mm_add_epi32 (cdgh, cdgh_in);
    }

  __m128i feba = _mm_shuffle_epi32 (abef, 0x1B);
  __m128i dchg = _mm_shuffle_epi32 (cdgh, 0xB1);
  _mm_storeu_si128 ((__m128i *) (void *) &state[0], _mm_blend_epi16 (feba, dchg, 0xF0));
  _mm_storeu_si128 ((__m128i *) (void *) &state[4], _mm_alignr_epi8 (dchg, feba, 8));
}

/* SHA (CPUID leaf 7, EBX bit 29) with the SSSE3 and SSE4.1 shuffles and
 * blends the state is kept with (leaf 1, ECX bits 9 and 19). */
static gboolean
cpu_has_sha (void)
{
  static gsize answer = 0;  /* 0 unknown, 1 no, 2 yes */
  if (g_once_init_enter (&answer))
    {
      unsigned a, b, c, d;
      gboolean yes = __get_cpuid_max (0, NULL) >= 7 && __get_cpuid (1, &a, &b, &c, &d)
                     && (c & (1u << 9)) && (c & (1u << 19));
      if (yes)
        {
          __cpuid_count (7, 0, a, b, c, d);
          yes = (b & (1u << 29)) != 0;
        }
      g_once_init_leave (&answer, yes ? 2 : 1);
    }
  return answer == 2;
}
#endif

static void
digest (BlocksFunc blocks, const void *data, gsize len, guint8 out[CG_SHA256_BYTES])
{
  guint32 state[8];
  memcpy (state, H0, sizeof state);
  gsize full = len / 64, rest = len % 64;
  if (full)
    blocks (state, data, full);
  /* The padding: a one bit, zeros, the length in bits, to a whole block. */
  guint8 tail[128] = { 0 };
  if (rest)
    memcpy (tail, (const guint8 *) data + full * 64, rest);
  tail[rest] = 0x80;
  gsize n = rest + 9 <= 64 ? 1 : 2;
  guint64 bits = (guint64) len * 8;
  for (int i = 0; i < 8; i++)
    tail[n * 64 - 1 - i] = (guint8) (bits >> (8 * i));
  blocks (state, tail, n);
  for (int i = 0; i < 8; i++)
    {
      out[4 * i] = (guint8) (state[i] >> 24);
      out[4 * i + 1] = (guint8) (state[i] >> 16);
      out[4 * i + 2] = (guint8) (state[i] >> 8);
      out[4 * i + 3] = (guint8) state[i];
    }
}

void
cg_sha256_portable (const void *data, gsize len, guint8 out[CG_SHA256_BYTES])
{
  digest (blocks_portable, data, len, out);
}

gboolean
cg_sha256_hardware (const void *data, gsize len, guint8 out[CG_SHA256_BYTES])
{
#ifdef HAVE_X86_SHA
  if (cpu_has_sha ())
    {
      digest (blocks_sha_ni, data, len, out);
      return TRUE;
    }
#else
  (void) data;
  (void) len;
  (void) out;
#endif
  return FALSE;
}

void
cg_sha256 (const void *data, gsize len, guint8 out[CG_SHA256_BYTES])
{
  if (!cg_sha256_hardware (data, len, out))
    cg_sha256_portable (data, len, out);
}

char *
cg_sha256_hex (const void *data, gsize len)
{
  static const char hex[] = "0123456789abcdef";
  guint8 d[CG_SHA256_BYTES];
  cg_sha256 (data, len, d);
  char *out = g_malloc (2 * CG_SHA256_BYTES + 1);
  for (int i = 0; i < CG_SHA256_BYTES; i++)
    {
      out[2 * i] = hex[d[i] >> 4];
      out[2 * i + 1] = hex[d[i] & 15];
    }
  out[2 * CG_SHA256_BYTES] = '\0';
  return out;
}
