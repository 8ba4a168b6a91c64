/* hello: prints a greeting, or its version with --version. */
#include <stdio.h>
#include <string.h>

#ifndef VERSION
#define VERSION "0.0.0"
#endif

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "--version") == 0) {
    printf("hello %s\n", VERSION);
    return 0;
  }
  printf("Hello, world!\n");
  return 0;
}
