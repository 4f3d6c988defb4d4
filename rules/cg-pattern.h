/* cg-pattern.h: SCAFFOLD, replaced by the attribution pattern matcher. */
#ifndef CG_PATTERN_H
#define CG_PATTERN_H
#include "cg-rules.h"
#endif
