/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "bench-report.h"

#include <stdio.h>
#include <stdlib.h>

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Prints "name p50 p95" for @samples (doubles, milliseconds), the line run-bench.py reads.
 * Sorts @samples in place. */
void
bench_report (const char *name, GArray *samples)
{
  double *values = (double *) samples->data;
  guint n = samples->len;

  g_return_if_fail (n > 0);

  qsort (values, n, sizeof (double), compare_doubles);
  printf ("%s %.3f %.3f\n", name, values[n / 2], values[MIN (n - 1, (n * 95) / 100)]);
}
