"""Reading CoNLL-2003 files, shared by the scripts of this folder that read the corpus."""


def sentences(path):
    """The sentences of a CoNLL file, each a list of its lines' space-separated columns (token first, tag
    last); `-DOCSTART-` lines and blank lines end a sentence."""
    sentence = []
    with open(path, encoding="utf-8") as file:
        for line in file:
            line = line.rstrip("\n")
            if not line or line.startswith("-DOCSTART-"):
                if sentence:
                    yield sentence
                sentence = []
                continue
            sentence.append(line.split(" "))
    if sentence:
        yield sentence
