/* pattern.c: SCAFFOLD, replaced by the attribution pattern matcher. */
#include "cg-pattern.h"
