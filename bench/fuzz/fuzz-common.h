/* fuzz-common.h: what the libFuzzer targets share: the default rules and
 * a prepared pipeline, built once per process. */
#ifndef CG_FUZZ_COMMON_H
#define CG_FUZZ_COMMON_H

#include "claimgraph.h"
#include <stdint.h>
#include <stdlib.h>

static CgRules *fuzz_rules;

static inline CgRules *
fuzz_get_rules (void)
{
  if (fuzz_rules == NULL)
    {
      GError *error = NULL;
      fuzz_rules = cg_rules_load_dirs (cg_rules_default_dir (), NULL, &error);
      if (fuzz_rules == NULL)
        {
          fprintf (stderr, "fuzz: cannot load rules: %s\n", error->message);
          abort ();
        }
    }
  return fuzz_rules;
}

#endif
