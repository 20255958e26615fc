#ifndef TOUCHSTONE_CLAPACK_SHIM_H
#define TOUCHSTONE_CLAPACK_SHIM_H
#include <cblas.h>
#include <lapacke.h>
#endif
