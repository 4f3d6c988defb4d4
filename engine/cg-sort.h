/* cg-sort.h: in-place sorts of plain arrays with the comparison inlined
 * (private to the engine; not installed).
 *
 * g_array_sort() is a merge sort that calls its compare function through
 * a pointer and allocates a scratch copy of the array: that was a fifth
 * of the linking thread's instructions, and about a quarter of scoring a
 * whole corpus.  CG_DEFINE_SORT (name, T, LESS) defines
 *     static void name (T *d, gsize n);
 * a quicksort on the median of three, insertion sort below 16 elements,
 * recursing on the smaller side; LESS (a, b) is an expression over two
 * T lvalues.  It is not stable: use it where LESS is a total order over
 * whole records (records that compare equal are equal bytes), so the
 * sorted array is the one any correct sort gives. */
#ifndef CG_SORT_H
#define CG_SORT_H

#include <glib.h>

#define CG_DEFINE_SORT(name, T, LESS)                                          \
  static void name (T *d, gsize n)                                             \
  {                                                                             \
    while (n > 16)                                                              \
      {                                                                         \
        gsize m = n / 2;                                                        \
        T t;                                                                    \
        if (LESS (d[m], d[0]))                                                  \
          t = d[m], d[m] = d[0], d[0] = t;                                      \
        if (LESS (d[n - 1], d[m]))                                              \
          {                                                                     \
            t = d[n - 1], d[n - 1] = d[m], d[m] = t;                            \
            if (LESS (d[m], d[0]))                                              \
              t = d[m], d[m] = d[0], d[0] = t;                                  \
          }                                                                     \
        T p = d[m];                                                             \
        gsize i = 0, j = n - 1;                                                 \
        for (;;)                                                                \
          {                                                                     \
            while (LESS (d[i], p))                                              \
              i++;                                                              \
            while (LESS (p, d[j]))                                              \
              j--;                                                              \
            if (i >= j)                                                         \
              break;                                                            \
            t = d[i], d[i] = d[j], d[j] = t;                                    \
            i++, j--;                                                           \
          }                                                                     \
        /* [0, j] <= p <= [j + 1, n): the smaller side first, by recursion */  \
        gsize left = j + 1;                                                     \
        if (left < n - left)                                                    \
          name (d, left), d += left, n -= left;                                 \
        else                                                                    \
          name (d + left, n - left), n = left;                                  \
      }                                                                         \
    for (gsize i = 1; i < n; i++)                                               \
      {                                                                         \
        T v = d[i];                                                             \
        gsize j = i;                                                            \
        for (; j > 0 && LESS (v, d[j - 1]); j--)                                \
          d[j] = d[j - 1];                                                      \
        d[j] = v;                                                               \
      }                                                                         \
  }

/* LESS for plain numbers. */
#define CG_SORT_NUMBER_LESS(a, b) ((a) < (b))

#endif
