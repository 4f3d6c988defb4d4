/* cg-normalize.h: SCAFFOLD, replaced by the linking stage's text normalizer. */
#ifndef CG_NORMALIZE_H
#define CG_NORMALIZE_H
#include "cg-model.h"
#endif
