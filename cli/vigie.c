#include <stdio.h>
#include "vigie/vigie.h"
int main(void) { printf("vigie %s\n", vg_version()); return 0; }
