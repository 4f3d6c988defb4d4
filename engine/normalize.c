/* normalize.c: SCAFFOLD, replaced by the linking stage's text normalizer. */
#include "cg-normalize.h"
