"""Schemathesis hooks for bin/fuzz-api (named in the config file it writes; not a module of its own).

Each operation is called with the key of a role it takes: the roles its security requirement lists as
scopes of `apiKey` (e.g. `security: [{apiKey: [SUPPORT]}]`), the first one with a key; in a document
whose requirements list no roles, by path (/v1/api-keys ADMIN, a journey's review, cancel and callback
resend SUPPORT, /codec ENGINEER, other journey routes PRODUCT). The keys are FUZZ_<ROLE>_KEY, set by
bin/fuzz-api. Generated X-API-Key values are overwritten: a 401 is documented and proves little.

Two things random generation cannot do for this API, and one it must not do:

* A start or a retake is accepted only with a real PNG or JPEG image (its header, size and dimensions are
  read at the door), which Schemathesis never draws by chance: every start would end in 422 and the 202
  path (a real workflow, the journey resource and its schema) would go untested. So the first
  FUZZ_JOURNEYS JSON starts and retakes that carry an image get a shipped sample card's image instead.
  Each accepted start runs a real workflow against the sandbox; the budget keeps their number small.
* Revoking a key is final (and a new callback secret breaks its product's callbacks). The fuzzer may change
  the keys it created itself in this run, or ids that name no key, but never a key that was there before
  it (the caller's own keys, whose ids it can learn from GET /v1/api-keys and follow in its stateful
  phase): such a target is swapped for an id that names no key.
"""

import json
import os
import re
import threading

import schemathesis

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.environ.get("FUZZ_SAMPLE", os.path.join(ROOT, "devstack", "samples", "approved-mainland-id-card.json"))
JOURNEY_BUDGET = int(os.environ.get("FUZZ_JOURNEYS", "5"))
NO_SUCH_KEY = "key_" + "0" * 32
KEY_ID = re.compile(r"^key_[0-9a-f]{32}$")

_lock = threading.Lock()
_images_sent = 0
_created_keys = set()
_sample_images = None


def _images():
    global _sample_images
    if _sample_images is None:
        with open(SAMPLE, encoding="utf-8") as f:
            document = json.load(f)["document"]
        _sample_images = {side: document[side]["imageBase64"] for side in ("front", "back") if side in document}
    return _sample_images


def _with_real_images(document):
    """Puts the sample's images where the generated document has an image object; True if it did."""
    if not isinstance(document, dict):
        return False
    changed = False
    for side, image in _images().items():
        value = document.get(side)
        if isinstance(value, dict) and isinstance(value.get("imageBase64"), str):
            value["imageBase64"] = image
            changed = True
    return changed


BY_PATH = (
    (re.compile(r"^/v1/api-keys"), "ADMIN"),
    (re.compile(r"^/v1/journeys/[^/]+/(review|cancel|callbacks/[^/]+/resend)$"), "SUPPORT"),
    (re.compile(r"^/codec"), "ENGINEER"),
    (re.compile(r"^/v1/journeys"), "PRODUCT"),
)


def _key_for(operation):
    raw = operation.definition.raw
    requirements = raw.get("security")
    if requirements is None:
        requirements = operation.schema.raw_schema.get("security") or []
    named = [role for requirement in requirements for role in (requirement or {}).get("apiKey") or []]
    if not named:
        named = [role for pattern, role in BY_PATH if pattern.search(operation.path)][:1]
    for role in named:
        key = os.environ.get("FUZZ_%s_KEY" % str(role).upper())
        if key:
            return key
    return os.environ.get("FUZZ_PRODUCT_KEY")


def _is_start_or_retake(case):
    path = case.operation.path
    return case.method.upper() == "POST" and (path == "/v1/journeys" or path.endswith("/documents"))


def _changes_a_key(case):
    """A revoke, or anything else POSTed to one key (its callback secret): only this run's keys are fair game."""
    return case.method.upper() == "POST" and case.operation.path.startswith("/v1/api-keys/")


@schemathesis.hook
def before_call(context, case, kwargs):
    global _images_sent
    key = _key_for(case.operation)
    if key:
        if case.headers is None:
            case.headers = {}
        for name in [name for name in case.headers if name.lower() == "x-api-key"]:
            del case.headers[name]
        case.headers["X-API-Key"] = key
    if _is_start_or_retake(case) and isinstance(case.body, dict) and (case.media_type or "").endswith("json"):
        with _lock:
            if _images_sent >= JOURNEY_BUDGET:
                return
            document = case.body.get("document") if case.operation.path == "/v1/journeys" else case.body
            if _with_real_images(document):
                _images_sent += 1
    elif _changes_a_key(case):
        key = str((case.path_parameters or {}).get("keyId", ""))
        with _lock:
            mine = key in _created_keys
        # Anything that could name a key made before this run (an id, a devstack key's name) is swapped;
        # other names are what a fuzzer draws, and name nothing unless it created them.
        if not mine and (KEY_ID.match(key) or key.startswith("devstack-")):
            case.path_parameters["keyId"] = NO_SUCH_KEY


@schemathesis.hook
def after_call(context, case, response):
    if case.method.upper() == "POST" and case.operation.path == "/v1/api-keys" and response.status_code == 201:
        try:
            body = json.loads(response.content)
        except ValueError:
            return
        with _lock:
            _created_keys.update(str(body.get(field)) for field in ("id", "name") if body.get(field))
