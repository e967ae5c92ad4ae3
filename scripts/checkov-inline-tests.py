# Reads one of Checkov's Python unit tests (stdin) and prints, as JSON, the cases it writes inline:
# for every test method, the configuration handed to the check and the result asserted.
#
#   python3 scripts/checkov-inline-tests.py < test_PasswordPolicyLength.py
#
# Used by scripts/extract-labelled-cases.ts for tests that hold no example_<Check>/ folder. The
# test is parsed with Python's own `ast` (never executed); a method is kept only when it is plain:
# configurations given as a literal dict (Checkov's parsed-HCL form: attribute values wrapped in a
# list) or as an HCL string given to hcl2.loads, each scan followed by one assertion of
# CheckResult.PASSED / FAILED. Anything else (loops, helpers, computed values) is reported as skipped.
import ast
import json
import sys

SCAN_FUNCTIONS = {"scan_resource_conf", "scan_entity_conf", "scan_data_conf", "scan_provider_conf"}


def const_str(node, env):
    """A string literal, a dedent()/strip() of one, or a name bound to one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and isinstance(env.get(node.id), tuple) and env[node.id][0] == "str":
        return env[node.id][1]
    if isinstance(node, ast.Call) and node.args:
        fn = node.func
        name = fn.attr if isinstance(fn, ast.Attribute) else fn.id if isinstance(fn, ast.Name) else None
        if name in ("dedent", "strip"):
            return const_str(node.args[0], env)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "strip":
        return const_str(node.func.value, env)
    return None


def subscript_path(node):
    """hcl_res['resource'][0]['aws_x']['name'] -> ('hcl_res', ['resource', 0, 'aws_x', 'name'])."""
    keys = []
    while isinstance(node, ast.Subscript):
        sl = node.slice
        if not isinstance(sl, ast.Constant):
            return None
        keys.append(sl.value)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return node.id, list(reversed(keys))


def resolve_conf(node, env):
    """What a scan was given: ('dict', value) or ('hcl', text, [kind, type, name])."""
    if isinstance(node, ast.Name):
        return env.get(node.id)
    if isinstance(node, ast.Dict):
        try:
            return ("dict", ast.literal_eval(node))
        except (ValueError, SyntaxError):
            return None
    if isinstance(node, ast.Subscript):
        p = subscript_path(node)
        if not p:
            return None
        var, keys = p
        src = env.get(var)
        if not (isinstance(src, tuple) and src[0] == "hclsrc"):
            return None
        # ['resource', 0, type, name] / ['data', 0, type, name] / ['provider', 0, 'aws']
        keys = [k for k in keys if not isinstance(k, int)]
        if len(keys) == 3 and keys[0] in ("resource", "data"):
            return ("hcl", src[1], [keys[0], keys[1], keys[2]])
        if len(keys) == 2 and keys[0] == "provider":
            return ("hcl", src[1], ["provider", keys[1], None])
    return None


def result_of(node):
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "CheckResult":
        return node.attr
    return None


def assign(env, target, value):
    if not isinstance(target, ast.Name):
        return
    s = const_str(value, env)
    if s is not None:
        env[target.id] = ("str", s)
        return
    if isinstance(value, ast.Call):
        fn = value.func
        if isinstance(fn, ast.Attribute) and fn.attr == "loads" and value.args:
            text = const_str(value.args[0], env)
            env[target.id] = ("hclsrc", text) if text is not None else None
            return
    conf = resolve_conf(value, env)
    env[target.id] = conf


def walk_method(fn, module_env):
    env = dict(module_env)
    cases = []
    pending = []  # scans waiting for their assertion
    problems = []

    def visit(stmts):
        for st in stmts:
            if isinstance(st, (ast.For, ast.While, ast.With, ast.If, ast.Try)):
                problems.append(f"line {st.lineno}: {type(st).__name__.lower()} statement")
                return
            if isinstance(st, ast.Assign) and len(st.targets) == 1:
                for call in [n for n in ast.walk(st.value) if isinstance(n, ast.Call)]:
                    scan(call)
                assign(env, st.targets[0], st.value)
                continue
            calls = [n for n in ast.walk(st) if isinstance(n, ast.Call)]
            for n in calls:
                scan(n)
            for n in calls:
                check_assert(n)
            if isinstance(st, ast.Assert) and isinstance(st.test, ast.Compare):
                for side in [st.test.left, *st.test.comparators]:
                    r = result_of(side)
                    if r:
                        settle(r)

    def scan(call):
        fn_ = call.func
        if isinstance(fn_, ast.Attribute) and fn_.attr in SCAN_FUNCTIONS:
            arg = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "conf"), None)
            conf = resolve_conf(arg, env) if arg is not None else None
            pending.append((conf, fn_.attr, call.lineno))

    def settle(result):
        if not pending:
            return
        conf, scan_fn, line = pending.pop(0)
        if conf is None:
            problems.append(f"line {line}: configuration not a literal")
            return
        cases.append({"conf": conf, "scan": scan_fn, "result": result, "line": line})

    def check_assert(call):
        fn_ = call.func
        if isinstance(fn_, ast.Attribute) and fn_.attr == "assertEqual" and len(call.args) == 2:
            for side in call.args:
                r = result_of(side)
                if r:
                    settle(r)

    visit(fn.body)
    if pending:
        problems.append(f"{len(pending)} scan(s) without a CheckResult assertion")
    return cases, problems


def main():
    tree = ast.parse(sys.stdin.read())
    module_env = {}
    for st in tree.body:
        if isinstance(st, ast.Assign) and len(st.targets) == 1:
            assign(module_env, st.targets[0], st.value)
    out = {"tests": [], "skipped": []}
    for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
        class_env = dict(module_env)
        for st in cls.body:
            if isinstance(st, ast.Assign) and len(st.targets) == 1:
                assign(class_env, st.targets[0], st.value)
        for fn in [n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test")]:
            cases, problems = walk_method(fn, class_env)
            if problems:
                out["skipped"].append({"method": fn.name, "why": "; ".join(problems)})
            for i, c in enumerate(cases):
                conf = c["conf"]
                entry = {"method": fn.name if len(cases) == 1 else f"{fn.name}_{i + 1}", "result": c["result"], "scan": c["scan"], "line": c["line"]}
                if conf[0] == "dict":
                    entry["dict"] = conf[1]
                elif conf[0] == "hcl":
                    entry["hcl"] = conf[1]
                    entry["block"] = conf[2]
                else:
                    out["skipped"].append({"method": fn.name, "why": f"line {c['line']}: unsupported configuration"})
                    continue
                out["tests"].append(entry)
    json.dump(out, sys.stdout, default=repr)


main()
