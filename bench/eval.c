/* eval.c: SCAFFOLD, replaced by the brat evaluation. */
int main (void) { return 0; }
