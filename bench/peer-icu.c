/* peer-icu.c: ICU4C's sentence break iterator timed on the same articles as
 * claimgraph, as the reference speed for sentence segmentation.
 *
 *   cg-peer-icu LISTFILE [COUNTS.tsv]
 *
 * Every file is read into memory first, so the clocks cover only ICU: the
 * UTF-8 to UTF-16 conversion (u_strFromUTF8, which ICU needs and claimgraph
 * does not) and the break iteration are timed apart.  A sentence is a break
 * interval holding at least one non-white-space character, so the blank
 * lines ICU hands out as their own intervals are not counted.  Output has
 * the same shape as peers/peer.js:
 *   peer=icu articles=N bytes=B seconds=S cpu_seconds=S mbps=X aps=Y sentences=T quotes=-1 convert_seconds=C
 * where seconds is CPU seconds of conversion plus segmentation.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <glib.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/uchar.h>

/* This thread's CPU time: the machine may be shared, and cg-bench judges
 * claimgraph's stages on CPU time too. */
static double
now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

/* Count the intervals of BI over S that are not only white space. */
static guint
count_sentences (UBreakIterator *bi, const UChar *s)
{
  guint n = 0;
  int32_t start = ubrk_first (bi);
  for (int32_t end = ubrk_next (bi); end != UBRK_DONE; start = end, end = ubrk_next (bi))
    {
      for (int32_t i = start; i < end; i++)
        if (!u_isUWhiteSpace (s[i]))
          {
            n++;
            break;
          }
    }
  return n;
}

int
main (int argc, char **argv)
{
  if (argc < 2)
    {
      fprintf (stderr, "usage: cg-peer-icu LISTFILE [COUNTS.tsv]\n");
      return 2;
    }
  char *list = NULL;
  GError *error = NULL;
  if (!g_file_get_contents (argv[1], &list, NULL, &error))
    {
      fprintf (stderr, "cg-peer-icu: %s\n", error->message);
      return 1;
    }
  char **paths = g_strsplit (g_strstrip (list), "\n", -1);
  guint n = g_strv_length (paths);
  char **texts = g_new0 (char *, n + 1);
  gsize *lens = g_new0 (gsize, n + 1);
  guint64 bytes = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_file_get_contents (paths[i], &texts[i], &lens[i], &error))
        {
          fprintf (stderr, "cg-peer-icu: %s\n", error->message);
          return 1;
        }
      bytes += lens[i];
    }

  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *bi = ubrk_open (UBRK_SENTENCE, "en_US", NULL, 0, &status);
  if (U_FAILURE (status))
    {
      fprintf (stderr, "cg-peer-icu: ubrk_open: %s\n", u_errorName (status));
      return 1;
    }
  guint *counts = g_new0 (guint, n + 1);
  UChar *buf = NULL;
  int32_t cap = 0;
  double convert = 0, segment = 0;
  guint64 total = 0;
  for (guint i = 0; i < n; i++)
    {
      double t0 = now ();
      int32_t len16 = 0;
      status = U_ZERO_ERROR;
      u_strFromUTF8 (buf, cap, &len16, texts[i], (int32_t) lens[i], &status);
      if (status == U_BUFFER_OVERFLOW_ERROR || len16 >= cap)
        {
          cap = len16 + 1;
          buf = g_renew (UChar, buf, cap);
          status = U_ZERO_ERROR;
          u_strFromUTF8 (buf, cap, &len16, texts[i], (int32_t) lens[i], &status);
        }
      if (U_FAILURE (status))
        {
          fprintf (stderr, "cg-peer-icu: %s: not UTF-8 (%s)\n", paths[i], u_errorName (status));
          return 1;
        }
      double t1 = now ();
      ubrk_setText (bi, buf, len16, &status);
      counts[i] = count_sentences (bi, buf);
      double t2 = now ();
      convert += t1 - t0;
      segment += t2 - t1;
      total += counts[i];
    }
  ubrk_close (bi);

  if (argc > 2)
    {
      FILE *f = fopen (argv[2], "w");
      if (f == NULL)
        {
          perror (argv[2]);
          return 1;
        }
      for (guint i = 0; i < n; i++)
        fprintf (f, "%s\t%" G_GSIZE_FORMAT "\t%u\t-1\n", paths[i], lens[i], counts[i]);
      fclose (f);
    }
  double seconds = convert + segment;
  printf ("peer=icu articles=%u bytes=%" G_GUINT64_FORMAT " seconds=%.3f cpu_seconds=%.3f mbps=%.3f aps=%.1f "
          "sentences=%" G_GUINT64_FORMAT " quotes=-1 convert_seconds=%.3f segment_mbps=%.3f\n",
          n, bytes, seconds, seconds, (double) bytes / 1e6 / seconds, n / seconds, total, convert,
          (double) bytes / 1e6 / segment);

  for (guint i = 0; i < n; i++)
    g_free (texts[i]);
  g_free (texts);
  g_free (lens);
  g_free (counts);
  g_free (buf);
  g_strfreev (paths);
  g_free (list);
  return 0;
}
