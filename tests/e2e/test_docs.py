"""The repository is self-contained for users and contributors: the README and
docs/ refer only to files in the repository, and the license is there."""

import re

from harness import ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# Repository paths as the docs write them: `src/...`, `envoy/x.yaml`, [text](path)
PATH = re.compile(r"`((?:src|envoy|docs|tests|scripts|examples|simulator|bench)/[^`\s*<>]+)`")
LINK = re.compile(r"\]\(([^)#\s]+)\)")


def test_docs_refer_only_to_files_in_the_repository():
    assert (ROOT / "docs/design.md").exists()
    for doc in DOCS:
        text = doc.read_text()
        assert "shared/DESIGN.md" not in text, f"{doc.name} cites a document users do not have"
        for target in LINK.findall(text):
            if "://" in target:
                continue
            assert (doc.parent / target).exists(), f"{doc.name}: broken link {target}"
        # (docs/design.md also names files of other projects and an example layout.)
        for path in PATH.findall(text) if doc.name == "README.md" else []:
            path = path.rstrip(".,:;")
            if "{" in path or path.endswith("/"):
                assert (ROOT / path.split("{")[0]).parent.exists(), f"{doc.name}: {path}"
                continue
            assert (ROOT / path).exists(), f"{doc.name}: `{path}` is not in the repository"


def test_license_is_apache_2():
    text = (ROOT / "LICENSE").read_text()
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert 'license = "Apache-2.0"' in (ROOT / "Cargo.toml").read_text()
