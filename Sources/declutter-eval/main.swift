// Placeholder: the shingle scorer and benchmark land here.
print("declutter-eval: not yet")
