import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { x as commonjsGlobal, y as getDefaultExportFromCjs } from './markdown-h0_B_heg.js';
import fs__default from 'fs';
import require$$0 from 'constants';
import require$$1__default from 'stream';
import require$$2__default from 'util';
import assert from 'assert';
import path__default from 'path';
import require$$0$1 from 'zlib';
import require$$2 from 'perf_hooks';
import crypto__default from 'crypto';

function _mergeNamespaces(n, m) {
  m.forEach(function (e) {
    e && typeof e !== 'string' && !Array.isArray(e) && Object.keys(e).forEach(function (k) {
      if (k !== 'default' && !(k in n)) {
        var d = Object.getOwnPropertyDescriptor(e, k);
        Object.defineProperty(n, k, d.get ? d : {
          enumerable: true,
          get: function () { return e[k]; }
        });
      }
    });
  });
  return Object.freeze(n);
}

var lib$1 = {};

var bridge = {};

var fs$1 = {};

var universalify = {};

var hasRequiredUniversalify;

function requireUniversalify () {
	if (hasRequiredUniversalify) return universalify;
	hasRequiredUniversalify = 1;

	universalify.fromCallback = function (fn) {
	  return Object.defineProperty(function (...args) {
	    if (typeof args[args.length - 1] === 'function') fn.apply(this, args);
	    else {
	      return new Promise((resolve, reject) => {
	        args.push((err, res) => (err != null) ? reject(err) : resolve(res));
	        fn.apply(this, args);
	      })
	    }
	  }, 'name', { value: fn.name })
	};

	universalify.fromPromise = function (fn) {
	  return Object.defineProperty(function (...args) {
	    const cb = args[args.length - 1];
	    if (typeof cb !== 'function') return fn.apply(this, args)
	    else {
	      args.pop();
	      fn.apply(this, args).then(r => cb(null, r), cb);
	    }
	  }, 'name', { value: fn.name })
	};
	return universalify;
}

var polyfills;
var hasRequiredPolyfills;

function requirePolyfills () {
	if (hasRequiredPolyfills) return polyfills;
	hasRequiredPolyfills = 1;
	var constants = require$$0;

	var origCwd = process.cwd;
	var cwd = null;

	var platform = process.env.GRACEFUL_FS_PLATFORM || process.platform;

	process.cwd = function() {
	  if (!cwd)
	    cwd = origCwd.call(process);
	  return cwd
	};
	try {
	  process.cwd();
	} catch (er) {}

	// This check is needed until node.js 12 is required
	if (typeof process.chdir === 'function') {
	  var chdir = process.chdir;
	  process.chdir = function (d) {
	    cwd = null;
	    chdir.call(process, d);
	  };
	  if (Object.setPrototypeOf) Object.setPrototypeOf(process.chdir, chdir);
	}

	polyfills = patch;

	function patch (fs) {
	  // (re-)implement some things that are known busted or missing.

	  // lchmod, broken prior to 0.6.2
	  // back-port the fix here.
	  if (constants.hasOwnProperty('O_SYMLINK') &&
	      process.version.match(/^v0\.6\.[0-2]|^v0\.5\./)) {
	    patchLchmod(fs);
	  }

	  // lutimes implementation, or no-op
	  if (!fs.lutimes) {
	    patchLutimes(fs);
	  }

	  // https://github.com/isaacs/node-graceful-fs/issues/4
	  // Chown should not fail on einval or eperm if non-root.
	  // It should not fail on enosys ever, as this just indicates
	  // that a fs doesn't support the intended operation.

	  fs.chown = chownFix(fs.chown);
	  fs.fchown = chownFix(fs.fchown);
	  fs.lchown = chownFix(fs.lchown);

	  fs.chmod = chmodFix(fs.chmod);
	  fs.fchmod = chmodFix(fs.fchmod);
	  fs.lchmod = chmodFix(fs.lchmod);

	  fs.chownSync = chownFixSync(fs.chownSync);
	  fs.fchownSync = chownFixSync(fs.fchownSync);
	  fs.lchownSync = chownFixSync(fs.lchownSync);

	  fs.chmodSync = chmodFixSync(fs.chmodSync);
	  fs.fchmodSync = chmodFixSync(fs.fchmodSync);
	  fs.lchmodSync = chmodFixSync(fs.lchmodSync);

	  fs.stat = statFix(fs.stat);
	  fs.fstat = statFix(fs.fstat);
	  fs.lstat = statFix(fs.lstat);

	  fs.statSync = statFixSync(fs.statSync);
	  fs.fstatSync = statFixSync(fs.fstatSync);
	  fs.lstatSync = statFixSync(fs.lstatSync);

	  // if lchmod/lchown do not exist, then make them no-ops
	  if (fs.chmod && !fs.lchmod) {
	    fs.lchmod = function (path, mode, cb) {
	      if (cb) process.nextTick(cb);
	    };
	    fs.lchmodSync = function () {};
	  }
	  if (fs.chown && !fs.lchown) {
	    fs.lchown = function (path, uid, gid, cb) {
	      if (cb) process.nextTick(cb);
	    };
	    fs.lchownSync = function () {};
	  }

	  // on Windows, A/V software can lock the directory, causing this
	  // to fail with an EACCES or EPERM if the directory contains newly
	  // created files.  Try again on failure, for up to 60 seconds.

	  // Set the timeout this long because some Windows Anti-Virus, such as Parity
	  // bit9, may lock files for up to a minute, causing npm package install
	  // failures. Also, take care to yield the scheduler. Windows scheduling gives
	  // CPU to a busy looping process, which can cause the program causing the lock
	  // contention to be starved of CPU by node, so the contention doesn't resolve.
	  if (platform === "win32") {
	    fs.rename = typeof fs.rename !== 'function' ? fs.rename
	    : (function (fs$rename) {
	      function rename (from, to, cb) {
	        var start = Date.now();
	        var backoff = 0;
	        fs$rename(from, to, function CB (er) {
	          if (er
	              && (er.code === "EACCES" || er.code === "EPERM" || er.code === "EBUSY")
	              && Date.now() - start < 60000) {
	            setTimeout(function() {
	              fs.stat(to, function (stater, st) {
	                if (stater && stater.code === "ENOENT")
	                  fs$rename(from, to, CB);
	                else
	                  cb(er);
	              });
	            }, backoff);
	            if (backoff < 100)
	              backoff += 10;
	            return;
	          }
	          if (cb) cb(er);
	        });
	      }
	      if (Object.setPrototypeOf) Object.setPrototypeOf(rename, fs$rename);
	      return rename
	    })(fs.rename);
	  }

	  // if read() returns EAGAIN, then just try it again.
	  fs.read = typeof fs.read !== 'function' ? fs.read
	  : (function (fs$read) {
	    function read (fd, buffer, offset, length, position, callback_) {
	      var callback;
	      if (callback_ && typeof callback_ === 'function') {
	        var eagCounter = 0;
	        callback = function (er, _, __) {
	          if (er && er.code === 'EAGAIN' && eagCounter < 10) {
	            eagCounter ++;
	            return fs$read.call(fs, fd, buffer, offset, length, position, callback)
	          }
	          callback_.apply(this, arguments);
	        };
	      }
	      return fs$read.call(fs, fd, buffer, offset, length, position, callback)
	    }

	    // This ensures `util.promisify` works as it does for native `fs.read`.
	    if (Object.setPrototypeOf) Object.setPrototypeOf(read, fs$read);
	    return read
	  })(fs.read);

	  fs.readSync = typeof fs.readSync !== 'function' ? fs.readSync
	  : (function (fs$readSync) { return function (fd, buffer, offset, length, position) {
	    var eagCounter = 0;
	    while (true) {
	      try {
	        return fs$readSync.call(fs, fd, buffer, offset, length, position)
	      } catch (er) {
	        if (er.code === 'EAGAIN' && eagCounter < 10) {
	          eagCounter ++;
	          continue
	        }
	        throw er
	      }
	    }
	  }})(fs.readSync);

	  function patchLchmod (fs) {
	    fs.lchmod = function (path, mode, callback) {
	      fs.open( path
	             , constants.O_WRONLY | constants.O_SYMLINK
	             , mode
	             , function (err, fd) {
	        if (err) {
	          if (callback) callback(err);
	          return
	        }
	        // prefer to return the chmod error, if one occurs,
	        // but still try to close, and report closing errors if they occur.
	        fs.fchmod(fd, mode, function (err) {
	          fs.close(fd, function(err2) {
	            if (callback) callback(err || err2);
	          });
	        });
	      });
	    };

	    fs.lchmodSync = function (path, mode) {
	      var fd = fs.openSync(path, constants.O_WRONLY | constants.O_SYMLINK, mode);

	      // prefer to return the chmod error, if one occurs,
	      // but still try to close, and report closing errors if they occur.
	      var threw = true;
	      var ret;
	      try {
	        ret = fs.fchmodSync(fd, mode);
	        threw = false;
	      } finally {
	        if (threw) {
	          try {
	            fs.closeSync(fd);
	          } catch (er) {}
	        } else {
	          fs.closeSync(fd);
	        }
	      }
	      return ret
	    };
	  }

	  function patchLutimes (fs) {
	    if (constants.hasOwnProperty("O_SYMLINK") && fs.futimes) {
	      fs.lutimes = function (path, at, mt, cb) {
	        fs.open(path, constants.O_SYMLINK, function (er, fd) {
	          if (er) {
	            if (cb) cb(er);
	            return
	          }
	          fs.futimes(fd, at, mt, function (er) {
	            fs.close(fd, function (er2) {
	              if (cb) cb(er || er2);
	            });
	          });
	        });
	      };

	      fs.lutimesSync = function (path, at, mt) {
	        var fd = fs.openSync(path, constants.O_SYMLINK);
	        var ret;
	        var threw = true;
	        try {
	          ret = fs.futimesSync(fd, at, mt);
	          threw = false;
	        } finally {
	          if (threw) {
	            try {
	              fs.closeSync(fd);
	            } catch (er) {}
	          } else {
	            fs.closeSync(fd);
	          }
	        }
	        return ret
	      };

	    } else if (fs.futimes) {
	      fs.lutimes = function (_a, _b, _c, cb) { if (cb) process.nextTick(cb); };
	      fs.lutimesSync = function () {};
	    }
	  }

	  function chmodFix (orig) {
	    if (!orig) return orig
	    return function (target, mode, cb) {
	      return orig.call(fs, target, mode, function (er) {
	        if (chownErOk(er)) er = null;
	        if (cb) cb.apply(this, arguments);
	      })
	    }
	  }

	  function chmodFixSync (orig) {
	    if (!orig) return orig
	    return function (target, mode) {
	      try {
	        return orig.call(fs, target, mode)
	      } catch (er) {
	        if (!chownErOk(er)) throw er
	      }
	    }
	  }


	  function chownFix (orig) {
	    if (!orig) return orig
	    return function (target, uid, gid, cb) {
	      return orig.call(fs, target, uid, gid, function (er) {
	        if (chownErOk(er)) er = null;
	        if (cb) cb.apply(this, arguments);
	      })
	    }
	  }

	  function chownFixSync (orig) {
	    if (!orig) return orig
	    return function (target, uid, gid) {
	      try {
	        return orig.call(fs, target, uid, gid)
	      } catch (er) {
	        if (!chownErOk(er)) throw er
	      }
	    }
	  }

	  function statFix (orig) {
	    if (!orig) return orig
	    // Older versions of Node erroneously returned signed integers for
	    // uid + gid.
	    return function (target, options, cb) {
	      if (typeof options === 'function') {
	        cb = options;
	        options = null;
	      }
	      function callback (er, stats) {
	        if (stats) {
	          if (stats.uid < 0) stats.uid += 0x100000000;
	          if (stats.gid < 0) stats.gid += 0x100000000;
	        }
	        if (cb) cb.apply(this, arguments);
	      }
	      return options ? orig.call(fs, target, options, callback)
	        : orig.call(fs, target, callback)
	    }
	  }

	  function statFixSync (orig) {
	    if (!orig) return orig
	    // Older versions of Node erroneously returned signed integers for
	    // uid + gid.
	    return function (target, options) {
	      var stats = options ? orig.call(fs, target, options)
	        : orig.call(fs, target);
	      if (stats) {
	        if (stats.uid < 0) stats.uid += 0x100000000;
	        if (stats.gid < 0) stats.gid += 0x100000000;
	      }
	      return stats;
	    }
	  }

	  // ENOSYS means that the fs doesn't support the op. Just ignore
	  // that, because it doesn't matter.
	  //
	  // if there's no getuid, or if getuid() is something other
	  // than 0, and the error is EINVAL or EPERM, then just ignore
	  // it.
	  //
	  // This specific case is a silent failure in cp, install, tar,
	  // and most other unix tools that manage permissions.
	  //
	  // When running as root, or if other types of errors are
	  // encountered, then it's strict.
	  function chownErOk (er) {
	    if (!er)
	      return true

	    if (er.code === "ENOSYS")
	      return true

	    var nonroot = !process.getuid || process.getuid() !== 0;
	    if (nonroot) {
	      if (er.code === "EINVAL" || er.code === "EPERM")
	        return true
	    }

	    return false
	  }
	}
	return polyfills;
}

var legacyStreams;
var hasRequiredLegacyStreams;

function requireLegacyStreams () {
	if (hasRequiredLegacyStreams) return legacyStreams;
	hasRequiredLegacyStreams = 1;
	var Stream = require$$1__default.Stream;

	legacyStreams = legacy;

	function legacy (fs) {
	  return {
	    ReadStream: ReadStream,
	    WriteStream: WriteStream
	  }

	  function ReadStream (path, options) {
	    if (!(this instanceof ReadStream)) return new ReadStream(path, options);

	    Stream.call(this);

	    var self = this;

	    this.path = path;
	    this.fd = null;
	    this.readable = true;
	    this.paused = false;

	    this.flags = 'r';
	    this.mode = 438; /*=0666*/
	    this.bufferSize = 64 * 1024;

	    options = options || {};

	    // Mixin options into this
	    var keys = Object.keys(options);
	    for (var index = 0, length = keys.length; index < length; index++) {
	      var key = keys[index];
	      this[key] = options[key];
	    }

	    if (this.encoding) this.setEncoding(this.encoding);

	    if (this.start !== undefined) {
	      if ('number' !== typeof this.start) {
	        throw TypeError('start must be a Number');
	      }
	      if (this.end === undefined) {
	        this.end = Infinity;
	      } else if ('number' !== typeof this.end) {
	        throw TypeError('end must be a Number');
	      }

	      if (this.start > this.end) {
	        throw new Error('start must be <= end');
	      }

	      this.pos = this.start;
	    }

	    if (this.fd !== null) {
	      process.nextTick(function() {
	        self._read();
	      });
	      return;
	    }

	    fs.open(this.path, this.flags, this.mode, function (err, fd) {
	      if (err) {
	        self.emit('error', err);
	        self.readable = false;
	        return;
	      }

	      self.fd = fd;
	      self.emit('open', fd);
	      self._read();
	    });
	  }

	  function WriteStream (path, options) {
	    if (!(this instanceof WriteStream)) return new WriteStream(path, options);

	    Stream.call(this);

	    this.path = path;
	    this.fd = null;
	    this.writable = true;

	    this.flags = 'w';
	    this.encoding = 'binary';
	    this.mode = 438; /*=0666*/
	    this.bytesWritten = 0;

	    options = options || {};

	    // Mixin options into this
	    var keys = Object.keys(options);
	    for (var index = 0, length = keys.length; index < length; index++) {
	      var key = keys[index];
	      this[key] = options[key];
	    }

	    if (this.start !== undefined) {
	      if ('number' !== typeof this.start) {
	        throw TypeError('start must be a Number');
	      }
	      if (this.start < 0) {
	        throw new Error('start must be >= zero');
	      }

	      this.pos = this.start;
	    }

	    this.busy = false;
	    this._queue = [];

	    if (this.fd === null) {
	      this._open = fs.open;
	      this._queue.push([this._open, this.path, this.flags, this.mode, undefined]);
	      this.flush();
	    }
	  }
	}
	return legacyStreams;
}

var clone_1;
var hasRequiredClone;

function requireClone () {
	if (hasRequiredClone) return clone_1;
	hasRequiredClone = 1;

	clone_1 = clone;

	var getPrototypeOf = Object.getPrototypeOf || function (obj) {
	  return obj.__proto__
	};

	function clone (obj) {
	  if (obj === null || typeof obj !== 'object')
	    return obj

	  if (obj instanceof Object)
	    var copy = { __proto__: getPrototypeOf(obj) };
	  else
	    var copy = Object.create(null);

	  Object.getOwnPropertyNames(obj).forEach(function (key) {
	    Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(obj, key));
	  });

	  return copy
	}
	return clone_1;
}

var gracefulFs;
var hasRequiredGracefulFs;

function requireGracefulFs () {
	if (hasRequiredGracefulFs) return gracefulFs;
	hasRequiredGracefulFs = 1;
	var fs = fs__default;
	var polyfills = requirePolyfills();
	var legacy = requireLegacyStreams();
	var clone = requireClone();

	var util = require$$2__default;

	/* istanbul ignore next - node 0.x polyfill */
	var gracefulQueue;
	var previousSymbol;

	/* istanbul ignore else - node 0.x polyfill */
	if (typeof Symbol === 'function' && typeof Symbol.for === 'function') {
	  gracefulQueue = Symbol.for('graceful-fs.queue');
	  // This is used in testing by future versions
	  previousSymbol = Symbol.for('graceful-fs.previous');
	} else {
	  gracefulQueue = '___graceful-fs.queue';
	  previousSymbol = '___graceful-fs.previous';
	}

	function noop () {}

	function publishQueue(context, queue) {
	  Object.defineProperty(context, gracefulQueue, {
	    get: function() {
	      return queue
	    }
	  });
	}

	var debug = noop;
	if (util.debuglog)
	  debug = util.debuglog('gfs4');
	else if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || ''))
	  debug = function() {
	    var m = util.format.apply(util, arguments);
	    m = 'GFS4: ' + m.split(/\n/).join('\nGFS4: ');
	    console.error(m);
	  };

	// Once time initialization
	if (!fs[gracefulQueue]) {
	  // This queue can be shared by multiple loaded instances
	  var queue = commonjsGlobal[gracefulQueue] || [];
	  publishQueue(fs, queue);

	  // Patch fs.close/closeSync to shared queue version, because we need
	  // to retry() whenever a close happens *anywhere* in the program.
	  // This is essential when multiple graceful-fs instances are
	  // in play at the same time.
	  fs.close = (function (fs$close) {
	    function close (fd, cb) {
	      return fs$close.call(fs, fd, function (err) {
	        // This function uses the graceful-fs shared queue
	        if (!err) {
	          resetQueue();
	        }

	        if (typeof cb === 'function')
	          cb.apply(this, arguments);
	      })
	    }

	    Object.defineProperty(close, previousSymbol, {
	      value: fs$close
	    });
	    return close
	  })(fs.close);

	  fs.closeSync = (function (fs$closeSync) {
	    function closeSync (fd) {
	      // This function uses the graceful-fs shared queue
	      fs$closeSync.apply(fs, arguments);
	      resetQueue();
	    }

	    Object.defineProperty(closeSync, previousSymbol, {
	      value: fs$closeSync
	    });
	    return closeSync
	  })(fs.closeSync);

	  if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || '')) {
	    process.on('exit', function() {
	      debug(fs[gracefulQueue]);
	      assert.equal(fs[gracefulQueue].length, 0);
	    });
	  }
	}

	if (!commonjsGlobal[gracefulQueue]) {
	  publishQueue(commonjsGlobal, fs[gracefulQueue]);
	}

	gracefulFs = patch(clone(fs));
	if (process.env.TEST_GRACEFUL_FS_GLOBAL_PATCH && !fs.__patched) {
	    gracefulFs = patch(fs);
	    fs.__patched = true;
	}

	function patch (fs) {
	  // Everything that references the open() function needs to be in here
	  polyfills(fs);
	  fs.gracefulify = patch;

	  fs.createReadStream = createReadStream;
	  fs.createWriteStream = createWriteStream;
	  var fs$readFile = fs.readFile;
	  fs.readFile = readFile;
	  function readFile (path, options, cb) {
	    if (typeof options === 'function')
	      cb = options, options = null;

	    return go$readFile(path, options, cb)

	    function go$readFile (path, options, cb, startTime) {
	      return fs$readFile(path, options, function (err) {
	        if (err && (err.code === 'EMFILE' || err.code === 'ENFILE'))
	          enqueue([go$readFile, [path, options, cb], err, startTime || Date.now(), Date.now()]);
	        else {
	          if (typeof cb === 'function')
	            cb.apply(this, arguments);
	        }
	      })
	    }
	  }

	  var fs$writeFile = fs.writeFile;
	  fs.writeFile = writeFile;
	  function writeFile (path, data, options, cb) {
	    if (typeof options === 'function')
	      cb = options, options = null;

	    return go$writeFile(path, data, options, cb)

	    function go$writeFile (path, data, options, cb, startTime) {
	      return fs$writeFile(path, data, options, function (err) {
	        if (err && (err.code === 'EMFILE' || err.code === 'ENFILE'))
	          enqueue([go$writeFile, [path, data, options, cb], err, startTime || Date.now(), Date.now()]);
	        else {
	          if (typeof cb === 'function')
	            cb.apply(this, arguments);
	        }
	      })
	    }
	  }

	  var fs$appendFile = fs.appendFile;
	  if (fs$appendFile)
	    fs.appendFile = appendFile;
	  function appendFile (path, data, options, cb) {
	    if (typeof options === 'function')
	      cb = options, options = null;

	    return go$appendFile(path, data, options, cb)

	    function go$appendFile (path, data, options, cb, startTime) {
	      return fs$appendFile(path, data, options, function (err) {
	        if (err && (err.code === 'EMFILE' || err.code === 'ENFILE'))
	          enqueue([go$appendFile, [path, data, options, cb], err, startTime || Date.now(), Date.now()]);
	        else {
	          if (typeof cb === 'function')
	            cb.apply(this, arguments);
	        }
	      })
	    }
	  }

	  var fs$copyFile = fs.copyFile;
	  if (fs$copyFile)
	    fs.copyFile = copyFile;
	  function copyFile (src, dest, flags, cb) {
	    if (typeof flags === 'function') {
	      cb = flags;
	      flags = 0;
	    }
	    return go$copyFile(src, dest, flags, cb)

	    function go$copyFile (src, dest, flags, cb, startTime) {
	      return fs$copyFile(src, dest, flags, function (err) {
	        if (err && (err.code === 'EMFILE' || err.code === 'ENFILE'))
	          enqueue([go$copyFile, [src, dest, flags, cb], err, startTime || Date.now(), Date.now()]);
	        else {
	          if (typeof cb === 'function')
	            cb.apply(this, arguments);
	        }
	      })
	    }
	  }

	  var fs$readdir = fs.readdir;
	  fs.readdir = readdir;
	  var noReaddirOptionVersions = /^v[0-5]\./;
	  function readdir (path, options, cb) {
	    if (typeof options === 'function')
	      cb = options, options = null;

	    var go$readdir = noReaddirOptionVersions.test(process.version)
	      ? function go$readdir (path, options, cb, startTime) {
	        return fs$readdir(path, fs$readdirCallback(
	          path, options, cb, startTime
	        ))
	      }
	      : function go$readdir (path, options, cb, startTime) {
	        return fs$readdir(path, options, fs$readdirCallback(
	          path, options, cb, startTime
	        ))
	      };

	    return go$readdir(path, options, cb)

	    function fs$readdirCallback (path, options, cb, startTime) {
	      return function (err, files) {
	        if (err && (err.code === 'EMFILE' || err.code === 'ENFILE'))
	          enqueue([
	            go$readdir,
	            [path, options, cb],
	            err,
	            startTime || Date.now(),
	            Date.now()
	          ]);
	        else {
	          if (files && files.sort)
	            files.sort();

	          if (typeof cb === 'function')
	            cb.call(this, err, files);
	        }
	      }
	    }
	  }

	  if (process.version.substr(0, 4) === 'v0.8') {
	    var legStreams = legacy(fs);
	    ReadStream = legStreams.ReadStream;
	    WriteStream = legStreams.WriteStream;
	  }

	  var fs$ReadStream = fs.ReadStream;
	  if (fs$ReadStream) {
	    ReadStream.prototype = Object.create(fs$ReadStream.prototype);
	    ReadStream.prototype.open = ReadStream$open;
	  }

	  var fs$WriteStream = fs.WriteStream;
	  if (fs$WriteStream) {
	    WriteStream.prototype = Object.create(fs$WriteStream.prototype);
	    WriteStream.prototype.open = WriteStream$open;
	  }

	  Object.defineProperty(fs, 'ReadStream', {
	    get: function () {
	      return ReadStream
	    },
	    set: function (val) {
	      ReadStream = val;
	    },
	    enumerable: true,
	    configurable: true
	  });
	  Object.defineProperty(fs, 'WriteStream', {
	    get: function () {
	      return WriteStream
	    },
	    set: function (val) {
	      WriteStream = val;
	    },
	    enumerable: true,
	    configurable: true
	  });

	  // legacy names
	  var FileReadStream = ReadStream;
	  Object.defineProperty(fs, 'FileReadStream', {
	    get: function () {
	      return FileReadStream
	    },
	    set: function (val) {
	      FileReadStream = val;
	    },
	    enumerable: true,
	    configurable: true
	  });
	  var FileWriteStream = WriteStream;
	  Object.defineProperty(fs, 'FileWriteStream', {
	    get: function () {
	      return FileWriteStream
	    },
	    set: function (val) {
	      FileWriteStream = val;
	    },
	    enumerable: true,
	    configurable: true
	  });

	  function ReadStream (path, options) {
	    if (this instanceof ReadStream)
	      return fs$ReadStream.apply(this, arguments), this
	    else
	      return ReadStream.apply(Object.create(ReadStream.prototype), arguments)
	  }

	  function ReadStream$open () {
	    var that = this;
	    open(that.path, that.flags, that.mode, function (err, fd) {
	      if (err) {
	        if (that.autoClose)
	          that.destroy();

	        that.emit('error', err);
	      } else {
	        that.fd = fd;
	        that.emit('open', fd);
	        that.read();
	      }
	    });
	  }

	  function WriteStream (path, options) {
	    if (this instanceof WriteStream)
	      return fs$WriteStream.apply(this, arguments), this
	    else
	      return WriteStream.apply(Object.create(WriteStream.prototype), arguments)
	  }

	  function WriteStream$open () {
	    var that = this;
	    open(that.path, that.flags, that.mode, function (err, fd) {
	      if (err) {
	        that.destroy();
	        that.emit('error', err);
	      } else {
	        that.fd = fd;
	        that.emit('open', fd);
	      }
	    });
	  }

	  function createReadStream (path, options) {
	    return new fs.ReadStream(path, options)
	  }

	  function createWriteStream (path, options) {
	    return new fs.WriteStream(path, options)
	  }

	  var fs$open = fs.open;
	  fs.open = open;
	  function open (path, flags, mode, cb) {
	    if (typeof mode === 'function')
	      cb = mode, mode = null;

	    return go$open(path, flags, mode, cb)

	    function go$open (path, flags, mode, cb, startTime) {
	      return fs$open(path, flags, mode, function (err, fd) {
	        if (err && (err.code === 'EMFILE' || err.code === 'ENFILE'))
	          enqueue([go$open, [path, flags, mode, cb], err, startTime || Date.now(), Date.now()]);
	        else {
	          if (typeof cb === 'function')
	            cb.apply(this, arguments);
	        }
	      })
	    }
	  }

	  return fs
	}

	function enqueue (elem) {
	  debug('ENQUEUE', elem[0].name, elem[1]);
	  fs[gracefulQueue].push(elem);
	  retry();
	}

	// keep track of the timeout between retry() calls
	var retryTimer;

	// reset the startTime and lastTime to now
	// this resets the start of the 60 second overall timeout as well as the
	// delay between attempts so that we'll retry these jobs sooner
	function resetQueue () {
	  var now = Date.now();
	  for (var i = 0; i < fs[gracefulQueue].length; ++i) {
	    // entries that are only a length of 2 are from an older version, don't
	    // bother modifying those since they'll be retried anyway.
	    if (fs[gracefulQueue][i].length > 2) {
	      fs[gracefulQueue][i][3] = now; // startTime
	      fs[gracefulQueue][i][4] = now; // lastTime
	    }
	  }
	  // call retry to make sure we're actively processing the queue
	  retry();
	}

	function retry () {
	  // clear the timer and remove it to help prevent unintended concurrency
	  clearTimeout(retryTimer);
	  retryTimer = undefined;

	  if (fs[gracefulQueue].length === 0)
	    return

	  var elem = fs[gracefulQueue].shift();
	  var fn = elem[0];
	  var args = elem[1];
	  // these items may be unset if they were added by an older graceful-fs
	  var err = elem[2];
	  var startTime = elem[3];
	  var lastTime = elem[4];

	  // if we don't have a startTime we have no way of knowing if we've waited
	  // long enough, so go ahead and retry this item now
	  if (startTime === undefined) {
	    debug('RETRY', fn.name, args);
	    fn.apply(null, args);
	  } else if (Date.now() - startTime >= 60000) {
	    // it's been more than 60 seconds total, bail now
	    debug('TIMEOUT', fn.name, args);
	    var cb = args.pop();
	    if (typeof cb === 'function')
	      cb.call(null, err);
	  } else {
	    // the amount of time between the last attempt and right now
	    var sinceAttempt = Date.now() - lastTime;
	    // the amount of time between when we first tried, and when we last tried
	    // rounded up to at least 1
	    var sinceStart = Math.max(lastTime - startTime, 1);
	    // backoff. wait longer than the total time we've been retrying, but only
	    // up to a maximum of 100ms
	    var desiredDelay = Math.min(sinceStart * 1.2, 100);
	    // it's been long enough since the last retry, do it again
	    if (sinceAttempt >= desiredDelay) {
	      debug('RETRY', fn.name, args);
	      fn.apply(null, args.concat([startTime]));
	    } else {
	      // if we can't do this job yet, push it to the end of the queue
	      // and let the next iteration check again
	      fs[gracefulQueue].push(elem);
	    }
	  }

	  // schedule our next run if one isn't already scheduled
	  if (retryTimer === undefined) {
	    retryTimer = setTimeout(retry, 0);
	  }
	}
	return gracefulFs;
}

var hasRequiredFs;

function requireFs () {
	if (hasRequiredFs) return fs$1;
	hasRequiredFs = 1;
	(function (exports) {
		// This is adapted from https://github.com/normalize/mz
		// Copyright (c) 2014-2016 Jonathan Ong me@jongleberry.com and Contributors
		const u = requireUniversalify().fromCallback;
		const fs = requireGracefulFs();

		const api = [
		  'access',
		  'appendFile',
		  'chmod',
		  'chown',
		  'close',
		  'copyFile',
		  'cp',
		  'fchmod',
		  'fchown',
		  'fdatasync',
		  'fstat',
		  'fsync',
		  'ftruncate',
		  'futimes',
		  'glob',
		  'lchmod',
		  'lchown',
		  'lutimes',
		  'link',
		  'lstat',
		  'mkdir',
		  'mkdtemp',
		  'open',
		  'opendir',
		  'readdir',
		  'readFile',
		  'readlink',
		  'realpath',
		  'rename',
		  'rm',
		  'rmdir',
		  'stat',
		  'statfs',
		  'symlink',
		  'truncate',
		  'unlink',
		  'utimes',
		  'writeFile'
		].filter(key => {
		  // Some commands are not available on some systems. Ex:
		  // fs.cp was added in Node.js v16.7.0
		  // fs.statfs was added in Node v19.6.0, v18.15.0
		  // fs.glob was added in Node.js v22.0.0
		  // fs.lchown is not available on at least some Linux
		  return typeof fs[key] === 'function'
		});

		// Export cloned fs:
		Object.assign(exports, fs);

		// Universalify async methods:
		api.forEach(method => {
		  exports[method] = u(fs[method]);
		});

		// We differ from mz/fs in that we still ship the old, broken, fs.exists()
		// since we are a drop-in replacement for the native module
		exports.exists = function (filename, callback) {
		  if (typeof callback === 'function') {
		    return fs.exists(filename, callback)
		  }
		  return new Promise(resolve => {
		    return fs.exists(filename, resolve)
		  })
		};

		// fs.read(), fs.write(), fs.readv(), & fs.writev() need special treatment due to multiple callback args

		exports.read = function (fd, buffer, offset, length, position, callback) {
		  if (typeof callback === 'function') {
		    return fs.read(fd, buffer, offset, length, position, callback)
		  }
		  return new Promise((resolve, reject) => {
		    fs.read(fd, buffer, offset, length, position, (err, bytesRead, buffer) => {
		      if (err) return reject(err)
		      resolve({ bytesRead, buffer });
		    });
		  })
		};

		// Function signature can be
		// fs.write(fd, buffer[, offset[, length[, position]]], callback)
		// OR
		// fs.write(fd, string[, position[, encoding]], callback)
		// We need to handle both cases, so we use ...args
		exports.write = function (fd, buffer, ...args) {
		  if (typeof args[args.length - 1] === 'function') {
		    return fs.write(fd, buffer, ...args)
		  }

		  return new Promise((resolve, reject) => {
		    fs.write(fd, buffer, ...args, (err, bytesWritten, buffer) => {
		      if (err) return reject(err)
		      resolve({ bytesWritten, buffer });
		    });
		  })
		};

		// Function signature is
		// s.readv(fd, buffers[, position], callback)
		// We need to handle the optional arg, so we use ...args
		exports.readv = function (fd, buffers, ...args) {
		  if (typeof args[args.length - 1] === 'function') {
		    return fs.readv(fd, buffers, ...args)
		  }

		  return new Promise((resolve, reject) => {
		    fs.readv(fd, buffers, ...args, (err, bytesRead, buffers) => {
		      if (err) return reject(err)
		      resolve({ bytesRead, buffers });
		    });
		  })
		};

		// Function signature is
		// s.writev(fd, buffers[, position], callback)
		// We need to handle the optional arg, so we use ...args
		exports.writev = function (fd, buffers, ...args) {
		  if (typeof args[args.length - 1] === 'function') {
		    return fs.writev(fd, buffers, ...args)
		  }

		  return new Promise((resolve, reject) => {
		    fs.writev(fd, buffers, ...args, (err, bytesWritten, buffers) => {
		      if (err) return reject(err)
		      resolve({ bytesWritten, buffers });
		    });
		  })
		};

		// fs.realpath.native sometimes not available if fs is monkey-patched
		if (typeof fs.realpath.native === 'function') {
		  exports.realpath.native = u(fs.realpath.native);
		} else {
		  process.emitWarning(
		    'fs.realpath.native is not a function. Is fs being monkey-patched?',
		    'Warning', 'fs-extra-WARN0003'
		  );
		} 
	} (fs$1));
	return fs$1;
}

var makeDir = {};

var utils$1 = {};

var hasRequiredUtils$1;

function requireUtils$1 () {
	if (hasRequiredUtils$1) return utils$1;
	hasRequiredUtils$1 = 1;
	const path = path__default;

	// https://github.com/nodejs/node/issues/8987
	// https://github.com/libuv/libuv/pull/1088
	utils$1.checkPath = function checkPath (pth) {
	  if (process.platform === 'win32') {
	    const pathHasInvalidWinCharacters = /[<>:"|?*]/.test(pth.replace(path.parse(pth).root, ''));

	    if (pathHasInvalidWinCharacters) {
	      const error = new Error(`Path contains invalid characters: ${pth}`);
	      error.code = 'EINVAL';
	      throw error
	    }
	  }
	};
	return utils$1;
}

var hasRequiredMakeDir;

function requireMakeDir () {
	if (hasRequiredMakeDir) return makeDir;
	hasRequiredMakeDir = 1;
	const fs = requireFs();
	const { checkPath } = requireUtils$1();

	const getMode = options => {
	  const defaults = { mode: 0o777 };
	  if (typeof options === 'number') return options
	  return ({ ...defaults, ...options }).mode
	};

	makeDir.makeDir = async (dir, options) => {
	  checkPath(dir);

	  return fs.mkdir(dir, {
	    mode: getMode(options),
	    recursive: true
	  })
	};

	makeDir.makeDirSync = (dir, options) => {
	  checkPath(dir);

	  return fs.mkdirSync(dir, {
	    mode: getMode(options),
	    recursive: true
	  })
	};
	return makeDir;
}

var mkdirs;
var hasRequiredMkdirs;

function requireMkdirs () {
	if (hasRequiredMkdirs) return mkdirs;
	hasRequiredMkdirs = 1;
	const u = requireUniversalify().fromPromise;
	const { makeDir: _makeDir, makeDirSync } = requireMakeDir();
	const makeDir = u(_makeDir);

	mkdirs = {
	  mkdirs: makeDir,
	  mkdirsSync: makeDirSync,
	  // alias
	  mkdirp: makeDir,
	  mkdirpSync: makeDirSync,
	  ensureDir: makeDir,
	  ensureDirSync: makeDirSync
	};
	return mkdirs;
}

var pathExists_1;
var hasRequiredPathExists;

function requirePathExists () {
	if (hasRequiredPathExists) return pathExists_1;
	hasRequiredPathExists = 1;
	const u = requireUniversalify().fromPromise;
	const fs = requireFs();

	function pathExists (path) {
	  return fs.access(path).then(() => true).catch(() => false)
	}

	pathExists_1 = {
	  pathExists: u(pathExists),
	  pathExistsSync: fs.existsSync
	};
	return pathExists_1;
}

var utimes;
var hasRequiredUtimes;

function requireUtimes () {
	if (hasRequiredUtimes) return utimes;
	hasRequiredUtimes = 1;

	const fs = requireFs();
	const u = requireUniversalify().fromPromise;

	async function utimesMillis (path, atime, mtime) {
	  // if (!HAS_MILLIS_RES) return fs.utimes(path, atime, mtime, callback)
	  const fd = await fs.open(path, 'r+');

	  let closeErr = null;

	  try {
	    await fs.futimes(fd, atime, mtime);
	  } finally {
	    try {
	      await fs.close(fd);
	    } catch (e) {
	      closeErr = e;
	    }
	  }

	  if (closeErr) {
	    throw closeErr
	  }
	}

	function utimesMillisSync (path, atime, mtime) {
	  const fd = fs.openSync(path, 'r+');
	  fs.futimesSync(fd, atime, mtime);
	  return fs.closeSync(fd)
	}

	utimes = {
	  utimesMillis: u(utimesMillis),
	  utimesMillisSync
	};
	return utimes;
}

var stat;
var hasRequiredStat;

function requireStat () {
	if (hasRequiredStat) return stat;
	hasRequiredStat = 1;

	const fs = requireFs();
	const path = path__default;
	const u = requireUniversalify().fromPromise;

	function getStats (src, dest, opts) {
	  const statFunc = opts.dereference
	    ? (file) => fs.stat(file, { bigint: true })
	    : (file) => fs.lstat(file, { bigint: true });
	  return Promise.all([
	    statFunc(src),
	    statFunc(dest).catch(err => {
	      if (err.code === 'ENOENT') return null
	      throw err
	    })
	  ]).then(([srcStat, destStat]) => ({ srcStat, destStat }))
	}

	function getStatsSync (src, dest, opts) {
	  let destStat;
	  const statFunc = opts.dereference
	    ? (file) => fs.statSync(file, { bigint: true })
	    : (file) => fs.lstatSync(file, { bigint: true });
	  const srcStat = statFunc(src);
	  try {
	    destStat = statFunc(dest);
	  } catch (err) {
	    if (err.code === 'ENOENT') return { srcStat, destStat: null }
	    throw err
	  }
	  return { srcStat, destStat }
	}

	async function checkPaths (src, dest, funcName, opts) {
	  const { srcStat, destStat } = await getStats(src, dest, opts);
	  if (destStat) {
	    if (areIdentical(srcStat, destStat)) {
	      const srcBaseName = path.basename(src);
	      const destBaseName = path.basename(dest);
	      if (funcName === 'move' &&
	        srcBaseName !== destBaseName &&
	        srcBaseName.toLowerCase() === destBaseName.toLowerCase()) {
	        return { srcStat, destStat, isChangingCase: true }
	      }
	      throw new Error('Source and destination must not be the same.')
	    }
	    if (srcStat.isDirectory() && !destStat.isDirectory()) {
	      throw new Error(`Cannot overwrite non-directory '${dest}' with directory '${src}'.`)
	    }
	    if (!srcStat.isDirectory() && destStat.isDirectory()) {
	      throw new Error(`Cannot overwrite directory '${dest}' with non-directory '${src}'.`)
	    }
	  }

	  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
	    throw new Error(errMsg(src, dest, funcName))
	  }

	  return { srcStat, destStat }
	}

	function checkPathsSync (src, dest, funcName, opts) {
	  const { srcStat, destStat } = getStatsSync(src, dest, opts);

	  if (destStat) {
	    if (areIdentical(srcStat, destStat)) {
	      const srcBaseName = path.basename(src);
	      const destBaseName = path.basename(dest);
	      if (funcName === 'move' &&
	        srcBaseName !== destBaseName &&
	        srcBaseName.toLowerCase() === destBaseName.toLowerCase()) {
	        return { srcStat, destStat, isChangingCase: true }
	      }
	      throw new Error('Source and destination must not be the same.')
	    }
	    if (srcStat.isDirectory() && !destStat.isDirectory()) {
	      throw new Error(`Cannot overwrite non-directory '${dest}' with directory '${src}'.`)
	    }
	    if (!srcStat.isDirectory() && destStat.isDirectory()) {
	      throw new Error(`Cannot overwrite directory '${dest}' with non-directory '${src}'.`)
	    }
	  }

	  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
	    throw new Error(errMsg(src, dest, funcName))
	  }
	  return { srcStat, destStat }
	}

	// recursively check if dest parent is a subdirectory of src.
	// It works for all file types including symlinks since it
	// checks the src and dest inodes. It starts from the deepest
	// parent and stops once it reaches the src parent or the root path.
	async function checkParentPaths (src, srcStat, dest, funcName) {
	  const srcParent = path.resolve(path.dirname(src));
	  const destParent = path.resolve(path.dirname(dest));
	  if (destParent === srcParent || destParent === path.parse(destParent).root) return

	  let destStat;
	  try {
	    destStat = await fs.stat(destParent, { bigint: true });
	  } catch (err) {
	    if (err.code === 'ENOENT') return
	    throw err
	  }

	  if (areIdentical(srcStat, destStat)) {
	    throw new Error(errMsg(src, dest, funcName))
	  }

	  return checkParentPaths(src, srcStat, destParent, funcName)
	}

	function checkParentPathsSync (src, srcStat, dest, funcName) {
	  const srcParent = path.resolve(path.dirname(src));
	  const destParent = path.resolve(path.dirname(dest));
	  if (destParent === srcParent || destParent === path.parse(destParent).root) return
	  let destStat;
	  try {
	    destStat = fs.statSync(destParent, { bigint: true });
	  } catch (err) {
	    if (err.code === 'ENOENT') return
	    throw err
	  }
	  if (areIdentical(srcStat, destStat)) {
	    throw new Error(errMsg(src, dest, funcName))
	  }
	  return checkParentPathsSync(src, srcStat, destParent, funcName)
	}

	function areIdentical (srcStat, destStat) {
	  return destStat.ino && destStat.dev && destStat.ino === srcStat.ino && destStat.dev === srcStat.dev
	}

	// return true if dest is a subdir of src, otherwise false.
	// It only checks the path strings.
	function isSrcSubdir (src, dest) {
	  const srcArr = path.resolve(src).split(path.sep).filter(i => i);
	  const destArr = path.resolve(dest).split(path.sep).filter(i => i);
	  return srcArr.every((cur, i) => destArr[i] === cur)
	}

	function errMsg (src, dest, funcName) {
	  return `Cannot ${funcName} '${src}' to a subdirectory of itself, '${dest}'.`
	}

	stat = {
	  // checkPaths
	  checkPaths: u(checkPaths),
	  checkPathsSync,
	  // checkParent
	  checkParentPaths: u(checkParentPaths),
	  checkParentPathsSync,
	  // Misc
	  isSrcSubdir,
	  areIdentical
	};
	return stat;
}

var copy_1;
var hasRequiredCopy$1;

function requireCopy$1 () {
	if (hasRequiredCopy$1) return copy_1;
	hasRequiredCopy$1 = 1;

	const fs = requireFs();
	const path = path__default;
	const { mkdirs } = requireMkdirs();
	const { pathExists } = requirePathExists();
	const { utimesMillis } = requireUtimes();
	const stat = requireStat();

	async function copy (src, dest, opts = {}) {
	  if (typeof opts === 'function') {
	    opts = { filter: opts };
	  }

	  opts.clobber = 'clobber' in opts ? !!opts.clobber : true; // default to true for now
	  opts.overwrite = 'overwrite' in opts ? !!opts.overwrite : opts.clobber; // overwrite falls back to clobber

	  // Warn about using preserveTimestamps on 32-bit node
	  if (opts.preserveTimestamps && process.arch === 'ia32') {
	    process.emitWarning(
	      'Using the preserveTimestamps option in 32-bit node is not recommended;\n\n' +
	      '\tsee https://github.com/jprichardson/node-fs-extra/issues/269',
	      'Warning', 'fs-extra-WARN0001'
	    );
	  }

	  const { srcStat, destStat } = await stat.checkPaths(src, dest, 'copy', opts);

	  await stat.checkParentPaths(src, srcStat, dest, 'copy');

	  const include = await runFilter(src, dest, opts);

	  if (!include) return

	  // check if the parent of dest exists, and create it if it doesn't exist
	  const destParent = path.dirname(dest);
	  const dirExists = await pathExists(destParent);
	  if (!dirExists) {
	    await mkdirs(destParent);
	  }

	  await getStatsAndPerformCopy(destStat, src, dest, opts);
	}

	async function runFilter (src, dest, opts) {
	  if (!opts.filter) return true
	  return opts.filter(src, dest)
	}

	async function getStatsAndPerformCopy (destStat, src, dest, opts) {
	  const statFn = opts.dereference ? fs.stat : fs.lstat;
	  const srcStat = await statFn(src);

	  if (srcStat.isDirectory()) return onDir(srcStat, destStat, src, dest, opts)

	  if (
	    srcStat.isFile() ||
	    srcStat.isCharacterDevice() ||
	    srcStat.isBlockDevice()
	  ) return onFile(srcStat, destStat, src, dest, opts)

	  if (srcStat.isSymbolicLink()) return onLink(destStat, src, dest, opts)
	  if (srcStat.isSocket()) throw new Error(`Cannot copy a socket file: ${src}`)
	  if (srcStat.isFIFO()) throw new Error(`Cannot copy a FIFO pipe: ${src}`)
	  throw new Error(`Unknown file: ${src}`)
	}

	async function onFile (srcStat, destStat, src, dest, opts) {
	  if (!destStat) return copyFile(srcStat, src, dest, opts)

	  if (opts.overwrite) {
	    await fs.unlink(dest);
	    return copyFile(srcStat, src, dest, opts)
	  }
	  if (opts.errorOnExist) {
	    throw new Error(`'${dest}' already exists`)
	  }
	}

	async function copyFile (srcStat, src, dest, opts) {
	  await fs.copyFile(src, dest);
	  if (opts.preserveTimestamps) {
	    // Make sure the file is writable before setting the timestamp
	    // otherwise open fails with EPERM when invoked with 'r+'
	    // (through utimes call)
	    if (fileIsNotWritable(srcStat.mode)) {
	      await makeFileWritable(dest, srcStat.mode);
	    }

	    // Set timestamps and mode correspondingly

	    // Note that The initial srcStat.atime cannot be trusted
	    // because it is modified by the read(2) system call
	    // (See https://nodejs.org/api/fs.html#fs_stat_time_values)
	    const updatedSrcStat = await fs.stat(src);
	    await utimesMillis(dest, updatedSrcStat.atime, updatedSrcStat.mtime);
	  }

	  return fs.chmod(dest, srcStat.mode)
	}

	function fileIsNotWritable (srcMode) {
	  return (srcMode & 0o200) === 0
	}

	function makeFileWritable (dest, srcMode) {
	  return fs.chmod(dest, srcMode | 0o200)
	}

	async function onDir (srcStat, destStat, src, dest, opts) {
	  // the dest directory might not exist, create it
	  if (!destStat) {
	    await fs.mkdir(dest);
	  }

	  const promises = [];

	  // loop through the files in the current directory to copy everything
	  for await (const item of await fs.opendir(src)) {
	    const srcItem = path.join(src, item.name);
	    const destItem = path.join(dest, item.name);

	    promises.push(
	      runFilter(srcItem, destItem, opts).then(include => {
	        if (include) {
	          // only copy the item if it matches the filter function
	          return stat.checkPaths(srcItem, destItem, 'copy', opts).then(({ destStat }) => {
	            // If the item is a copyable file, `getStatsAndPerformCopy` will copy it
	            // If the item is a directory, `getStatsAndPerformCopy` will call `onDir` recursively
	            return getStatsAndPerformCopy(destStat, srcItem, destItem, opts)
	          })
	        }
	      })
	    );
	  }

	  await Promise.all(promises);

	  if (!destStat) {
	    await fs.chmod(dest, srcStat.mode);
	  }
	}

	async function onLink (destStat, src, dest, opts) {
	  let resolvedSrc = await fs.readlink(src);
	  if (opts.dereference) {
	    resolvedSrc = path.resolve(process.cwd(), resolvedSrc);
	  }
	  if (!destStat) {
	    return fs.symlink(resolvedSrc, dest)
	  }

	  let resolvedDest = null;
	  try {
	    resolvedDest = await fs.readlink(dest);
	  } catch (e) {
	    // dest exists and is a regular file or directory,
	    // Windows may throw UNKNOWN error. If dest already exists,
	    // fs throws error anyway, so no need to guard against it here.
	    if (e.code === 'EINVAL' || e.code === 'UNKNOWN') return fs.symlink(resolvedSrc, dest)
	    throw e
	  }
	  if (opts.dereference) {
	    resolvedDest = path.resolve(process.cwd(), resolvedDest);
	  }
	  if (stat.isSrcSubdir(resolvedSrc, resolvedDest)) {
	    throw new Error(`Cannot copy '${resolvedSrc}' to a subdirectory of itself, '${resolvedDest}'.`)
	  }

	  // do not copy if src is a subdir of dest since unlinking
	  // dest in this case would result in removing src contents
	  // and therefore a broken symlink would be created.
	  if (stat.isSrcSubdir(resolvedDest, resolvedSrc)) {
	    throw new Error(`Cannot overwrite '${resolvedDest}' with '${resolvedSrc}'.`)
	  }

	  // copy the link
	  await fs.unlink(dest);
	  return fs.symlink(resolvedSrc, dest)
	}

	copy_1 = copy;
	return copy_1;
}

var copySync_1;
var hasRequiredCopySync;

function requireCopySync () {
	if (hasRequiredCopySync) return copySync_1;
	hasRequiredCopySync = 1;

	const fs = requireGracefulFs();
	const path = path__default;
	const mkdirsSync = requireMkdirs().mkdirsSync;
	const utimesMillisSync = requireUtimes().utimesMillisSync;
	const stat = requireStat();

	function copySync (src, dest, opts) {
	  if (typeof opts === 'function') {
	    opts = { filter: opts };
	  }

	  opts = opts || {};
	  opts.clobber = 'clobber' in opts ? !!opts.clobber : true; // default to true for now
	  opts.overwrite = 'overwrite' in opts ? !!opts.overwrite : opts.clobber; // overwrite falls back to clobber

	  // Warn about using preserveTimestamps on 32-bit node
	  if (opts.preserveTimestamps && process.arch === 'ia32') {
	    process.emitWarning(
	      'Using the preserveTimestamps option in 32-bit node is not recommended;\n\n' +
	      '\tsee https://github.com/jprichardson/node-fs-extra/issues/269',
	      'Warning', 'fs-extra-WARN0002'
	    );
	  }

	  const { srcStat, destStat } = stat.checkPathsSync(src, dest, 'copy', opts);
	  stat.checkParentPathsSync(src, srcStat, dest, 'copy');
	  if (opts.filter && !opts.filter(src, dest)) return
	  const destParent = path.dirname(dest);
	  if (!fs.existsSync(destParent)) mkdirsSync(destParent);
	  return getStats(destStat, src, dest, opts)
	}

	function getStats (destStat, src, dest, opts) {
	  const statSync = opts.dereference ? fs.statSync : fs.lstatSync;
	  const srcStat = statSync(src);

	  if (srcStat.isDirectory()) return onDir(srcStat, destStat, src, dest, opts)
	  else if (srcStat.isFile() ||
	           srcStat.isCharacterDevice() ||
	           srcStat.isBlockDevice()) return onFile(srcStat, destStat, src, dest, opts)
	  else if (srcStat.isSymbolicLink()) return onLink(destStat, src, dest, opts)
	  else if (srcStat.isSocket()) throw new Error(`Cannot copy a socket file: ${src}`)
	  else if (srcStat.isFIFO()) throw new Error(`Cannot copy a FIFO pipe: ${src}`)
	  throw new Error(`Unknown file: ${src}`)
	}

	function onFile (srcStat, destStat, src, dest, opts) {
	  if (!destStat) return copyFile(srcStat, src, dest, opts)
	  return mayCopyFile(srcStat, src, dest, opts)
	}

	function mayCopyFile (srcStat, src, dest, opts) {
	  if (opts.overwrite) {
	    fs.unlinkSync(dest);
	    return copyFile(srcStat, src, dest, opts)
	  } else if (opts.errorOnExist) {
	    throw new Error(`'${dest}' already exists`)
	  }
	}

	function copyFile (srcStat, src, dest, opts) {
	  fs.copyFileSync(src, dest);
	  if (opts.preserveTimestamps) handleTimestamps(srcStat.mode, src, dest);
	  return setDestMode(dest, srcStat.mode)
	}

	function handleTimestamps (srcMode, src, dest) {
	  // Make sure the file is writable before setting the timestamp
	  // otherwise open fails with EPERM when invoked with 'r+'
	  // (through utimes call)
	  if (fileIsNotWritable(srcMode)) makeFileWritable(dest, srcMode);
	  return setDestTimestamps(src, dest)
	}

	function fileIsNotWritable (srcMode) {
	  return (srcMode & 0o200) === 0
	}

	function makeFileWritable (dest, srcMode) {
	  return setDestMode(dest, srcMode | 0o200)
	}

	function setDestMode (dest, srcMode) {
	  return fs.chmodSync(dest, srcMode)
	}

	function setDestTimestamps (src, dest) {
	  // The initial srcStat.atime cannot be trusted
	  // because it is modified by the read(2) system call
	  // (See https://nodejs.org/api/fs.html#fs_stat_time_values)
	  const updatedSrcStat = fs.statSync(src);
	  return utimesMillisSync(dest, updatedSrcStat.atime, updatedSrcStat.mtime)
	}

	function onDir (srcStat, destStat, src, dest, opts) {
	  if (!destStat) return mkDirAndCopy(srcStat.mode, src, dest, opts)
	  return copyDir(src, dest, opts)
	}

	function mkDirAndCopy (srcMode, src, dest, opts) {
	  fs.mkdirSync(dest);
	  copyDir(src, dest, opts);
	  return setDestMode(dest, srcMode)
	}

	function copyDir (src, dest, opts) {
	  const dir = fs.opendirSync(src);

	  try {
	    let dirent;

	    while ((dirent = dir.readSync()) !== null) {
	      copyDirItem(dirent.name, src, dest, opts);
	    }
	  } finally {
	    dir.closeSync();
	  }
	}

	function copyDirItem (item, src, dest, opts) {
	  const srcItem = path.join(src, item);
	  const destItem = path.join(dest, item);
	  if (opts.filter && !opts.filter(srcItem, destItem)) return
	  const { destStat } = stat.checkPathsSync(srcItem, destItem, 'copy', opts);
	  return getStats(destStat, srcItem, destItem, opts)
	}

	function onLink (destStat, src, dest, opts) {
	  let resolvedSrc = fs.readlinkSync(src);
	  if (opts.dereference) {
	    resolvedSrc = path.resolve(process.cwd(), resolvedSrc);
	  }

	  if (!destStat) {
	    return fs.symlinkSync(resolvedSrc, dest)
	  } else {
	    let resolvedDest;
	    try {
	      resolvedDest = fs.readlinkSync(dest);
	    } catch (err) {
	      // dest exists and is a regular file or directory,
	      // Windows may throw UNKNOWN error. If dest already exists,
	      // fs throws error anyway, so no need to guard against it here.
	      if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return fs.symlinkSync(resolvedSrc, dest)
	      throw err
	    }
	    if (opts.dereference) {
	      resolvedDest = path.resolve(process.cwd(), resolvedDest);
	    }
	    if (stat.isSrcSubdir(resolvedSrc, resolvedDest)) {
	      throw new Error(`Cannot copy '${resolvedSrc}' to a subdirectory of itself, '${resolvedDest}'.`)
	    }

	    // prevent copy if src is a subdir of dest since unlinking
	    // dest in this case would result in removing src contents
	    // and therefore a broken symlink would be created.
	    if (stat.isSrcSubdir(resolvedDest, resolvedSrc)) {
	      throw new Error(`Cannot overwrite '${resolvedDest}' with '${resolvedSrc}'.`)
	    }
	    return copyLink(resolvedSrc, dest)
	  }
	}

	function copyLink (resolvedSrc, dest) {
	  fs.unlinkSync(dest);
	  return fs.symlinkSync(resolvedSrc, dest)
	}

	copySync_1 = copySync;
	return copySync_1;
}

var copy;
var hasRequiredCopy;

function requireCopy () {
	if (hasRequiredCopy) return copy;
	hasRequiredCopy = 1;

	const u = requireUniversalify().fromPromise;
	copy = {
	  copy: u(requireCopy$1()),
	  copySync: requireCopySync()
	};
	return copy;
}

var remove_1;
var hasRequiredRemove;

function requireRemove () {
	if (hasRequiredRemove) return remove_1;
	hasRequiredRemove = 1;

	const fs = requireGracefulFs();
	const u = requireUniversalify().fromCallback;

	function remove (path, callback) {
	  fs.rm(path, { recursive: true, force: true }, callback);
	}

	function removeSync (path) {
	  fs.rmSync(path, { recursive: true, force: true });
	}

	remove_1 = {
	  remove: u(remove),
	  removeSync
	};
	return remove_1;
}

var empty;
var hasRequiredEmpty;

function requireEmpty () {
	if (hasRequiredEmpty) return empty;
	hasRequiredEmpty = 1;

	const u = requireUniversalify().fromPromise;
	const fs = requireFs();
	const path = path__default;
	const mkdir = requireMkdirs();
	const remove = requireRemove();

	const emptyDir = u(async function emptyDir (dir) {
	  let items;
	  try {
	    items = await fs.readdir(dir);
	  } catch {
	    return mkdir.mkdirs(dir)
	  }

	  return Promise.all(items.map(item => remove.remove(path.join(dir, item))))
	});

	function emptyDirSync (dir) {
	  let items;
	  try {
	    items = fs.readdirSync(dir);
	  } catch {
	    return mkdir.mkdirsSync(dir)
	  }

	  items.forEach(item => {
	    item = path.join(dir, item);
	    remove.removeSync(item);
	  });
	}

	empty = {
	  emptyDirSync,
	  emptydirSync: emptyDirSync,
	  emptyDir,
	  emptydir: emptyDir
	};
	return empty;
}

var file;
var hasRequiredFile;

function requireFile () {
	if (hasRequiredFile) return file;
	hasRequiredFile = 1;

	const u = requireUniversalify().fromPromise;
	const path = path__default;
	const fs = requireFs();
	const mkdir = requireMkdirs();

	async function createFile (file) {
	  let stats;
	  try {
	    stats = await fs.stat(file);
	  } catch { }
	  if (stats && stats.isFile()) return

	  const dir = path.dirname(file);

	  let dirStats = null;
	  try {
	    dirStats = await fs.stat(dir);
	  } catch (err) {
	    // if the directory doesn't exist, make it
	    if (err.code === 'ENOENT') {
	      await mkdir.mkdirs(dir);
	      await fs.writeFile(file, '');
	      return
	    } else {
	      throw err
	    }
	  }

	  if (dirStats.isDirectory()) {
	    await fs.writeFile(file, '');
	  } else {
	    // parent is not a directory
	    // This is just to cause an internal ENOTDIR error to be thrown
	    await fs.readdir(dir);
	  }
	}

	function createFileSync (file) {
	  let stats;
	  try {
	    stats = fs.statSync(file);
	  } catch { }
	  if (stats && stats.isFile()) return

	  const dir = path.dirname(file);
	  try {
	    if (!fs.statSync(dir).isDirectory()) {
	      // parent is not a directory
	      // This is just to cause an internal ENOTDIR error to be thrown
	      fs.readdirSync(dir);
	    }
	  } catch (err) {
	    // If the stat call above failed because the directory doesn't exist, create it
	    if (err && err.code === 'ENOENT') mkdir.mkdirsSync(dir);
	    else throw err
	  }

	  fs.writeFileSync(file, '');
	}

	file = {
	  createFile: u(createFile),
	  createFileSync
	};
	return file;
}

var link;
var hasRequiredLink;

function requireLink () {
	if (hasRequiredLink) return link;
	hasRequiredLink = 1;

	const u = requireUniversalify().fromPromise;
	const path = path__default;
	const fs = requireFs();
	const mkdir = requireMkdirs();
	const { pathExists } = requirePathExists();
	const { areIdentical } = requireStat();

	async function createLink (srcpath, dstpath) {
	  let dstStat;
	  try {
	    dstStat = await fs.lstat(dstpath);
	  } catch {
	    // ignore error
	  }

	  let srcStat;
	  try {
	    srcStat = await fs.lstat(srcpath);
	  } catch (err) {
	    err.message = err.message.replace('lstat', 'ensureLink');
	    throw err
	  }

	  if (dstStat && areIdentical(srcStat, dstStat)) return

	  const dir = path.dirname(dstpath);

	  const dirExists = await pathExists(dir);

	  if (!dirExists) {
	    await mkdir.mkdirs(dir);
	  }

	  await fs.link(srcpath, dstpath);
	}

	function createLinkSync (srcpath, dstpath) {
	  let dstStat;
	  try {
	    dstStat = fs.lstatSync(dstpath);
	  } catch {}

	  try {
	    const srcStat = fs.lstatSync(srcpath);
	    if (dstStat && areIdentical(srcStat, dstStat)) return
	  } catch (err) {
	    err.message = err.message.replace('lstat', 'ensureLink');
	    throw err
	  }

	  const dir = path.dirname(dstpath);
	  const dirExists = fs.existsSync(dir);
	  if (dirExists) return fs.linkSync(srcpath, dstpath)
	  mkdir.mkdirsSync(dir);

	  return fs.linkSync(srcpath, dstpath)
	}

	link = {
	  createLink: u(createLink),
	  createLinkSync
	};
	return link;
}

var symlinkPaths_1;
var hasRequiredSymlinkPaths;

function requireSymlinkPaths () {
	if (hasRequiredSymlinkPaths) return symlinkPaths_1;
	hasRequiredSymlinkPaths = 1;

	const path = path__default;
	const fs = requireFs();
	const { pathExists } = requirePathExists();

	const u = requireUniversalify().fromPromise;

	/**
	 * Function that returns two types of paths, one relative to symlink, and one
	 * relative to the current working directory. Checks if path is absolute or
	 * relative. If the path is relative, this function checks if the path is
	 * relative to symlink or relative to current working directory. This is an
	 * initiative to find a smarter `srcpath` to supply when building symlinks.
	 * This allows you to determine which path to use out of one of three possible
	 * types of source paths. The first is an absolute path. This is detected by
	 * `path.isAbsolute()`. When an absolute path is provided, it is checked to
	 * see if it exists. If it does it's used, if not an error is returned
	 * (callback)/ thrown (sync). The other two options for `srcpath` are a
	 * relative url. By default Node's `fs.symlink` works by creating a symlink
	 * using `dstpath` and expects the `srcpath` to be relative to the newly
	 * created symlink. If you provide a `srcpath` that does not exist on the file
	 * system it results in a broken symlink. To minimize this, the function
	 * checks to see if the 'relative to symlink' source file exists, and if it
	 * does it will use it. If it does not, it checks if there's a file that
	 * exists that is relative to the current working directory, if does its used.
	 * This preserves the expectations of the original fs.symlink spec and adds
	 * the ability to pass in `relative to current working direcotry` paths.
	 */

	async function symlinkPaths (srcpath, dstpath) {
	  if (path.isAbsolute(srcpath)) {
	    try {
	      await fs.lstat(srcpath);
	    } catch (err) {
	      err.message = err.message.replace('lstat', 'ensureSymlink');
	      throw err
	    }

	    return {
	      toCwd: srcpath,
	      toDst: srcpath
	    }
	  }

	  const dstdir = path.dirname(dstpath);
	  const relativeToDst = path.join(dstdir, srcpath);

	  const exists = await pathExists(relativeToDst);
	  if (exists) {
	    return {
	      toCwd: relativeToDst,
	      toDst: srcpath
	    }
	  }

	  try {
	    await fs.lstat(srcpath);
	  } catch (err) {
	    err.message = err.message.replace('lstat', 'ensureSymlink');
	    throw err
	  }

	  return {
	    toCwd: srcpath,
	    toDst: path.relative(dstdir, srcpath)
	  }
	}

	function symlinkPathsSync (srcpath, dstpath) {
	  if (path.isAbsolute(srcpath)) {
	    const exists = fs.existsSync(srcpath);
	    if (!exists) throw new Error('absolute srcpath does not exist')
	    return {
	      toCwd: srcpath,
	      toDst: srcpath
	    }
	  }

	  const dstdir = path.dirname(dstpath);
	  const relativeToDst = path.join(dstdir, srcpath);
	  const exists = fs.existsSync(relativeToDst);
	  if (exists) {
	    return {
	      toCwd: relativeToDst,
	      toDst: srcpath
	    }
	  }

	  const srcExists = fs.existsSync(srcpath);
	  if (!srcExists) throw new Error('relative srcpath does not exist')
	  return {
	    toCwd: srcpath,
	    toDst: path.relative(dstdir, srcpath)
	  }
	}

	symlinkPaths_1 = {
	  symlinkPaths: u(symlinkPaths),
	  symlinkPathsSync
	};
	return symlinkPaths_1;
}

var symlinkType_1;
var hasRequiredSymlinkType;

function requireSymlinkType () {
	if (hasRequiredSymlinkType) return symlinkType_1;
	hasRequiredSymlinkType = 1;

	const fs = requireFs();
	const u = requireUniversalify().fromPromise;

	async function symlinkType (srcpath, type) {
	  if (type) return type

	  let stats;
	  try {
	    stats = await fs.lstat(srcpath);
	  } catch {
	    return 'file'
	  }

	  return (stats && stats.isDirectory()) ? 'dir' : 'file'
	}

	function symlinkTypeSync (srcpath, type) {
	  if (type) return type

	  let stats;
	  try {
	    stats = fs.lstatSync(srcpath);
	  } catch {
	    return 'file'
	  }
	  return (stats && stats.isDirectory()) ? 'dir' : 'file'
	}

	symlinkType_1 = {
	  symlinkType: u(symlinkType),
	  symlinkTypeSync
	};
	return symlinkType_1;
}

var symlink;
var hasRequiredSymlink;

function requireSymlink () {
	if (hasRequiredSymlink) return symlink;
	hasRequiredSymlink = 1;

	const u = requireUniversalify().fromPromise;
	const path = path__default;
	const fs = requireFs();

	const { mkdirs, mkdirsSync } = requireMkdirs();

	const { symlinkPaths, symlinkPathsSync } = requireSymlinkPaths();
	const { symlinkType, symlinkTypeSync } = requireSymlinkType();

	const { pathExists } = requirePathExists();

	const { areIdentical } = requireStat();

	async function createSymlink (srcpath, dstpath, type) {
	  let stats;
	  try {
	    stats = await fs.lstat(dstpath);
	  } catch { }

	  if (stats && stats.isSymbolicLink()) {
	    const [srcStat, dstStat] = await Promise.all([
	      fs.stat(srcpath),
	      fs.stat(dstpath)
	    ]);

	    if (areIdentical(srcStat, dstStat)) return
	  }

	  const relative = await symlinkPaths(srcpath, dstpath);
	  srcpath = relative.toDst;
	  const toType = await symlinkType(relative.toCwd, type);
	  const dir = path.dirname(dstpath);

	  if (!(await pathExists(dir))) {
	    await mkdirs(dir);
	  }

	  return fs.symlink(srcpath, dstpath, toType)
	}

	function createSymlinkSync (srcpath, dstpath, type) {
	  let stats;
	  try {
	    stats = fs.lstatSync(dstpath);
	  } catch { }
	  if (stats && stats.isSymbolicLink()) {
	    const srcStat = fs.statSync(srcpath);
	    const dstStat = fs.statSync(dstpath);
	    if (areIdentical(srcStat, dstStat)) return
	  }

	  const relative = symlinkPathsSync(srcpath, dstpath);
	  srcpath = relative.toDst;
	  type = symlinkTypeSync(relative.toCwd, type);
	  const dir = path.dirname(dstpath);
	  const exists = fs.existsSync(dir);
	  if (exists) return fs.symlinkSync(srcpath, dstpath, type)
	  mkdirsSync(dir);
	  return fs.symlinkSync(srcpath, dstpath, type)
	}

	symlink = {
	  createSymlink: u(createSymlink),
	  createSymlinkSync
	};
	return symlink;
}

var ensure;
var hasRequiredEnsure;

function requireEnsure () {
	if (hasRequiredEnsure) return ensure;
	hasRequiredEnsure = 1;

	const { createFile, createFileSync } = requireFile();
	const { createLink, createLinkSync } = requireLink();
	const { createSymlink, createSymlinkSync } = requireSymlink();

	ensure = {
	  // file
	  createFile,
	  createFileSync,
	  ensureFile: createFile,
	  ensureFileSync: createFileSync,
	  // link
	  createLink,
	  createLinkSync,
	  ensureLink: createLink,
	  ensureLinkSync: createLinkSync,
	  // symlink
	  createSymlink,
	  createSymlinkSync,
	  ensureSymlink: createSymlink,
	  ensureSymlinkSync: createSymlinkSync
	};
	return ensure;
}

var utils;
var hasRequiredUtils;

function requireUtils () {
	if (hasRequiredUtils) return utils;
	hasRequiredUtils = 1;
	function stringify (obj, { EOL = '\n', finalEOL = true, replacer = null, spaces } = {}) {
	  const EOF = finalEOL ? EOL : '';
	  const str = JSON.stringify(obj, replacer, spaces);

	  if (str === undefined) {
	    throw new TypeError(`Converting ${typeof obj} value to JSON is not supported`)
	  }

	  return str.replace(/\n/g, EOL) + EOF
	}

	function stripBom (content) {
	  // we do this because JSON.parse would convert it to a utf8 string if encoding wasn't specified
	  if (Buffer.isBuffer(content)) content = content.toString('utf8');
	  return content.replace(/^\uFEFF/, '')
	}

	utils = { stringify, stripBom };
	return utils;
}

var jsonfile$1;
var hasRequiredJsonfile$1;

function requireJsonfile$1 () {
	if (hasRequiredJsonfile$1) return jsonfile$1;
	hasRequiredJsonfile$1 = 1;
	let _fs;
	try {
	  _fs = requireGracefulFs();
	} catch (_) {
	  _fs = fs__default;
	}
	const universalify = requireUniversalify();
	const { stringify, stripBom } = requireUtils();

	async function _readFile (file, options = {}) {
	  if (typeof options === 'string') {
	    options = { encoding: options };
	  }

	  const fs = options.fs || _fs;

	  const shouldThrow = 'throws' in options ? options.throws : true;

	  let data = await universalify.fromCallback(fs.readFile)(file, options);

	  data = stripBom(data);

	  let obj;
	  try {
	    obj = JSON.parse(data, options ? options.reviver : null);
	  } catch (err) {
	    if (shouldThrow) {
	      err.message = `${file}: ${err.message}`;
	      throw err
	    } else {
	      return null
	    }
	  }

	  return obj
	}

	const readFile = universalify.fromPromise(_readFile);

	function readFileSync (file, options = {}) {
	  if (typeof options === 'string') {
	    options = { encoding: options };
	  }

	  const fs = options.fs || _fs;

	  const shouldThrow = 'throws' in options ? options.throws : true;

	  try {
	    let content = fs.readFileSync(file, options);
	    content = stripBom(content);
	    return JSON.parse(content, options.reviver)
	  } catch (err) {
	    if (shouldThrow) {
	      err.message = `${file}: ${err.message}`;
	      throw err
	    } else {
	      return null
	    }
	  }
	}

	async function _writeFile (file, obj, options = {}) {
	  const fs = options.fs || _fs;

	  const str = stringify(obj, options);

	  await universalify.fromCallback(fs.writeFile)(file, str, options);
	}

	const writeFile = universalify.fromPromise(_writeFile);

	function writeFileSync (file, obj, options = {}) {
	  const fs = options.fs || _fs;

	  const str = stringify(obj, options);
	  // not sure if fs.writeFileSync returns anything, but just in case
	  return fs.writeFileSync(file, str, options)
	}

	// NOTE: do not change this export format; required for ESM compat
	// see https://github.com/jprichardson/node-jsonfile/pull/162 for details
	jsonfile$1 = {
	  readFile,
	  readFileSync,
	  writeFile,
	  writeFileSync
	};
	return jsonfile$1;
}

var jsonfile;
var hasRequiredJsonfile;

function requireJsonfile () {
	if (hasRequiredJsonfile) return jsonfile;
	hasRequiredJsonfile = 1;

	const jsonFile = requireJsonfile$1();

	jsonfile = {
	  // jsonfile exports
	  readJson: jsonFile.readFile,
	  readJsonSync: jsonFile.readFileSync,
	  writeJson: jsonFile.writeFile,
	  writeJsonSync: jsonFile.writeFileSync
	};
	return jsonfile;
}

var outputFile_1;
var hasRequiredOutputFile;

function requireOutputFile () {
	if (hasRequiredOutputFile) return outputFile_1;
	hasRequiredOutputFile = 1;

	const u = requireUniversalify().fromPromise;
	const fs = requireFs();
	const path = path__default;
	const mkdir = requireMkdirs();
	const pathExists = requirePathExists().pathExists;

	async function outputFile (file, data, encoding = 'utf-8') {
	  const dir = path.dirname(file);

	  if (!(await pathExists(dir))) {
	    await mkdir.mkdirs(dir);
	  }

	  return fs.writeFile(file, data, encoding)
	}

	function outputFileSync (file, ...args) {
	  const dir = path.dirname(file);
	  if (!fs.existsSync(dir)) {
	    mkdir.mkdirsSync(dir);
	  }

	  fs.writeFileSync(file, ...args);
	}

	outputFile_1 = {
	  outputFile: u(outputFile),
	  outputFileSync
	};
	return outputFile_1;
}

var outputJson_1;
var hasRequiredOutputJson;

function requireOutputJson () {
	if (hasRequiredOutputJson) return outputJson_1;
	hasRequiredOutputJson = 1;

	const { stringify } = requireUtils();
	const { outputFile } = requireOutputFile();

	async function outputJson (file, data, options = {}) {
	  const str = stringify(data, options);

	  await outputFile(file, str, options);
	}

	outputJson_1 = outputJson;
	return outputJson_1;
}

var outputJsonSync_1;
var hasRequiredOutputJsonSync;

function requireOutputJsonSync () {
	if (hasRequiredOutputJsonSync) return outputJsonSync_1;
	hasRequiredOutputJsonSync = 1;

	const { stringify } = requireUtils();
	const { outputFileSync } = requireOutputFile();

	function outputJsonSync (file, data, options) {
	  const str = stringify(data, options);

	  outputFileSync(file, str, options);
	}

	outputJsonSync_1 = outputJsonSync;
	return outputJsonSync_1;
}

var json;
var hasRequiredJson;

function requireJson () {
	if (hasRequiredJson) return json;
	hasRequiredJson = 1;

	const u = requireUniversalify().fromPromise;
	const jsonFile = requireJsonfile();

	jsonFile.outputJson = u(requireOutputJson());
	jsonFile.outputJsonSync = requireOutputJsonSync();
	// aliases
	jsonFile.outputJSON = jsonFile.outputJson;
	jsonFile.outputJSONSync = jsonFile.outputJsonSync;
	jsonFile.writeJSON = jsonFile.writeJson;
	jsonFile.writeJSONSync = jsonFile.writeJsonSync;
	jsonFile.readJSON = jsonFile.readJson;
	jsonFile.readJSONSync = jsonFile.readJsonSync;

	json = jsonFile;
	return json;
}

var move_1;
var hasRequiredMove$1;

function requireMove$1 () {
	if (hasRequiredMove$1) return move_1;
	hasRequiredMove$1 = 1;

	const fs = requireFs();
	const path = path__default;
	const { copy } = requireCopy();
	const { remove } = requireRemove();
	const { mkdirp } = requireMkdirs();
	const { pathExists } = requirePathExists();
	const stat = requireStat();

	async function move (src, dest, opts = {}) {
	  const overwrite = opts.overwrite || opts.clobber || false;

	  const { srcStat, isChangingCase = false } = await stat.checkPaths(src, dest, 'move', opts);

	  await stat.checkParentPaths(src, srcStat, dest, 'move');

	  // If the parent of dest is not root, make sure it exists before proceeding
	  const destParent = path.dirname(dest);
	  const parsedParentPath = path.parse(destParent);
	  if (parsedParentPath.root !== destParent) {
	    await mkdirp(destParent);
	  }

	  return doRename(src, dest, overwrite, isChangingCase)
	}

	async function doRename (src, dest, overwrite, isChangingCase) {
	  if (!isChangingCase) {
	    if (overwrite) {
	      await remove(dest);
	    } else if (await pathExists(dest)) {
	      throw new Error('dest already exists.')
	    }
	  }

	  try {
	    // Try w/ rename first, and try copy + remove if EXDEV
	    await fs.rename(src, dest);
	  } catch (err) {
	    if (err.code !== 'EXDEV') {
	      throw err
	    }
	    await moveAcrossDevice(src, dest, overwrite);
	  }
	}

	async function moveAcrossDevice (src, dest, overwrite) {
	  const opts = {
	    overwrite,
	    errorOnExist: true,
	    preserveTimestamps: true
	  };

	  await copy(src, dest, opts);
	  return remove(src)
	}

	move_1 = move;
	return move_1;
}

var moveSync_1;
var hasRequiredMoveSync;

function requireMoveSync () {
	if (hasRequiredMoveSync) return moveSync_1;
	hasRequiredMoveSync = 1;

	const fs = requireGracefulFs();
	const path = path__default;
	const copySync = requireCopy().copySync;
	const removeSync = requireRemove().removeSync;
	const mkdirpSync = requireMkdirs().mkdirpSync;
	const stat = requireStat();

	function moveSync (src, dest, opts) {
	  opts = opts || {};
	  const overwrite = opts.overwrite || opts.clobber || false;

	  const { srcStat, isChangingCase = false } = stat.checkPathsSync(src, dest, 'move', opts);
	  stat.checkParentPathsSync(src, srcStat, dest, 'move');
	  if (!isParentRoot(dest)) mkdirpSync(path.dirname(dest));
	  return doRename(src, dest, overwrite, isChangingCase)
	}

	function isParentRoot (dest) {
	  const parent = path.dirname(dest);
	  const parsedPath = path.parse(parent);
	  return parsedPath.root === parent
	}

	function doRename (src, dest, overwrite, isChangingCase) {
	  if (isChangingCase) return rename(src, dest, overwrite)
	  if (overwrite) {
	    removeSync(dest);
	    return rename(src, dest, overwrite)
	  }
	  if (fs.existsSync(dest)) throw new Error('dest already exists.')
	  return rename(src, dest, overwrite)
	}

	function rename (src, dest, overwrite) {
	  try {
	    fs.renameSync(src, dest);
	  } catch (err) {
	    if (err.code !== 'EXDEV') throw err
	    return moveAcrossDevice(src, dest, overwrite)
	  }
	}

	function moveAcrossDevice (src, dest, overwrite) {
	  const opts = {
	    overwrite,
	    errorOnExist: true,
	    preserveTimestamps: true
	  };
	  copySync(src, dest, opts);
	  return removeSync(src)
	}

	moveSync_1 = moveSync;
	return moveSync_1;
}

var move;
var hasRequiredMove;

function requireMove () {
	if (hasRequiredMove) return move;
	hasRequiredMove = 1;

	const u = requireUniversalify().fromPromise;
	move = {
	  move: u(requireMove$1()),
	  moveSync: requireMoveSync()
	};
	return move;
}

var lib;
var hasRequiredLib$1;

function requireLib$1 () {
	if (hasRequiredLib$1) return lib;
	hasRequiredLib$1 = 1;

	lib = {
	  // Export promiseified graceful-fs:
	  ...requireFs(),
	  // Export extra methods:
	  ...requireCopy(),
	  ...requireEmpty(),
	  ...requireEnsure(),
	  ...requireJson(),
	  ...requireMkdirs(),
	  ...requireMove(),
	  ...requireOutputFile(),
	  ...requirePathExists(),
	  ...requireRemove()
	};
	return lib;
}

var deepmerge = {};

var hasRequiredDeepmerge;

function requireDeepmerge () {
	if (hasRequiredDeepmerge) return deepmerge;
	hasRequiredDeepmerge = 1;
	Object.defineProperty(deepmerge, "__esModule", { value: true });
	deepmerge.deepMerge = void 0;
	// Copyright (c) HashiCorp, Inc
	// SPDX-License-Identifier: MPL-2.0
	/**
	 * Merges `source` into `target`, overriding any existing values.
	 * `undefined` will cause a value to be deleted.
	 */
	function deepMerge(target, ...sources) {
	    for (const source of sources) {
	        if (typeof source !== "object" || typeof target !== "object") {
	            throw new Error(`Invalid usage. Both source (${JSON.stringify(source)}) and target (${JSON.stringify(target)}) must be objects`);
	        }
	        for (const key of Object.keys(source)) {
	            const value = source[key];
	            if (typeof value === "object" && value != null && !Array.isArray(value)) {
	                // if the value at the target is not an object, override it with an
	                // object so we can continue the recursion
	                if (typeof target[key] !== "object") {
	                    target[key] = {};
	                }
	                deepMerge(target[key], value);
	                // if the result of the merge is an empty object, it's because the
	                // eventual value we assigned is `undefined`, and there are no
	                // sibling concrete values alongside, so we can delete this tree.
	                const output = target[key];
	                if (typeof output === "object" && Object.keys(output).length === 0) {
	                    delete target[key];
	                }
	            }
	            else if (typeof value === "object" &&
	                value != null &&
	                Array.isArray(value)) {
	                if (Array.isArray(target[key])) {
	                    target[key] = [...target[key], ...value];
	                }
	                else {
	                    target[key] = value;
	                }
	            }
	            else if (value === undefined) {
	                delete target[key];
	            }
	            else {
	                target[key] = value;
	            }
	        }
	    }
	    return target;
	}
	deepmerge.deepMerge = deepMerge;
	
	return deepmerge;
}

var references = {};

var syntaxTree = {};

var hasRequiredSyntaxTree;

function requireSyntaxTree () {
	if (hasRequiredSyntaxTree) return syntaxTree;
	hasRequiredSyntaxTree = 1;
	Object.defineProperty(syntaxTree, "__esModule", { value: true });
	syntaxTree.getChildWithValue = syntaxTree.isIndexTraversalPart = syntaxTree.isNameTraversalPart = syntaxTree.isObjectExpression = syntaxTree.isTupleExpression = syntaxTree.isBinaryOpExpression = syntaxTree.isUnaryOpExpression = syntaxTree.isConditionalExpression = syntaxTree.isSplatExpression = syntaxTree.isIndexExpression = syntaxTree.isLiteralValueExpression = syntaxTree.isRelativeTraversalExpression = syntaxTree.isScopeTraversalExpression = syntaxTree.isFunctionCallExpression = syntaxTree.isTemplateExpression = syntaxTree.isTemplateWrapExpression = syntaxTree.isForExpression = void 0;
	function isForExpression(ast) {
	    return ast.type === "for";
	}
	syntaxTree.isForExpression = isForExpression;
	function isTemplateWrapExpression(ast) {
	    return ast.type === "templateWrap";
	}
	syntaxTree.isTemplateWrapExpression = isTemplateWrapExpression;
	function isTemplateExpression(ast) {
	    return ast.type === "template";
	}
	syntaxTree.isTemplateExpression = isTemplateExpression;
	function isFunctionCallExpression(ast) {
	    return ast.type === "function";
	}
	syntaxTree.isFunctionCallExpression = isFunctionCallExpression;
	function isScopeTraversalExpression(ast) {
	    return ast.type === "scopeTraversal";
	}
	syntaxTree.isScopeTraversalExpression = isScopeTraversalExpression;
	function isRelativeTraversalExpression(ast) {
	    return ast.type === "relativeTraversal";
	}
	syntaxTree.isRelativeTraversalExpression = isRelativeTraversalExpression;
	function isLiteralValueExpression(ast) {
	    return ast.type === "literalValue";
	}
	syntaxTree.isLiteralValueExpression = isLiteralValueExpression;
	function isIndexExpression(ast) {
	    return ast.type === "index";
	}
	syntaxTree.isIndexExpression = isIndexExpression;
	function isSplatExpression(ast) {
	    return ast.type === "splat";
	}
	syntaxTree.isSplatExpression = isSplatExpression;
	function isConditionalExpression(ast) {
	    return ast.type === "conditional";
	}
	syntaxTree.isConditionalExpression = isConditionalExpression;
	function isUnaryOpExpression(ast) {
	    return ast.type === "unaryOp";
	}
	syntaxTree.isUnaryOpExpression = isUnaryOpExpression;
	function isBinaryOpExpression(ast) {
	    return ast.type === "binaryOp";
	}
	syntaxTree.isBinaryOpExpression = isBinaryOpExpression;
	function isTupleExpression(ast) {
	    return ast.type === "tuple";
	}
	syntaxTree.isTupleExpression = isTupleExpression;
	function isObjectExpression(part) {
	    return part.type === "object";
	}
	syntaxTree.isObjectExpression = isObjectExpression;
	function isNameTraversalPart(part) {
	    return part.type === "nameTraversal";
	}
	syntaxTree.isNameTraversalPart = isNameTraversalPart;
	function isIndexTraversalPart(part) {
	    return part.type === "indexTraversal";
	}
	syntaxTree.isIndexTraversalPart = isIndexTraversalPart;
	function getChildWithValue(node, value) {
	    if (!node.children) {
	        return null;
	    }
	    return node.children.find((child) => {
	        if (!child.meta)
	            return false;
	        return child.meta.value === value;
	    });
	}
	syntaxTree.getChildWithValue = getChildWithValue;
	
	return syntaxTree;
}

var hasRequiredReferences;

function requireReferences () {
	if (hasRequiredReferences) return references;
	hasRequiredReferences = 1;
	// Copyright (c) HashiCorp, Inc
	// SPDX-License-Identifier: MPL-2.0
	Object.defineProperty(references, "__esModule", { value: true });
	references.findAllReferencesInAst = references.traversalToReference = void 0;
	const syntax_tree_1 = requireSyntaxTree();
	function traversalToReference(traversalExpression, localVariables) {
	    const meta = traversalExpression.meta;
	    // We do not want to include property access through brackets here
	    // although it is technically a traversal / reference
	    function onlyTakeTraversalPartsUntilFirstBracketPropertyAccess(traversals) {
	        let filtered = [];
	        for (const traversal of traversals) {
	            if ("segment" in traversal) {
	                {
	                    // We are at the first traversal, check if it is a local variable
	                    if (localVariables === null || localVariables === void 0 ? void 0 : localVariables.includes(traversal.segment)) {
	                        // We reached a local variable, stop
	                        return [];
	                    }
	                }
	                filtered.push(traversal);
	            }
	            else {
	                // We reached a bracket, stop
	                return filtered;
	            }
	        }
	        return filtered;
	    }
	    const filteredParts = onlyTakeTraversalPartsUntilFirstBracketPropertyAccess(meta.traversal);
	    if (filteredParts.length === 0) {
	        return null;
	    }
	    const startPosition = filteredParts[0].range.start.byte;
	    const endPosition = filteredParts[filteredParts.length - 1].range.end.byte;
	    return {
	        value: filteredParts.map((part) => part.segment).join("."),
	        startPosition,
	        endPosition,
	    };
	}
	references.traversalToReference = traversalToReference;
	function findAllReferencesInAst(input, entry, localVariables) {
	    if (!entry) {
	        return [];
	    }
	    switch (entry.type) {
	        case "scopeTraversal": {
	            // For traversals within a for expression,
	            // we want to ignore the local variables of the for expression
	            const reference = traversalToReference(entry, localVariables);
	            if (reference)
	                return [reference];
	            return [];
	        }
	        case "for": {
	            const meta = entry.meta;
	            const additionalLocalVariables = [
	                meta.keyVar,
	                meta.valVar,
	                ...(localVariables || []),
	            ];
	            return [
	                ...findAllReferencesInAst(input, (0, syntax_tree_1.getChildWithValue)(entry, meta.collectionExpression), additionalLocalVariables),
	                ...findAllReferencesInAst(input, (0, syntax_tree_1.getChildWithValue)(entry, meta.conditionalExpression), additionalLocalVariables),
	            ];
	        }
	        default:
	            return entry.children
	                .map((child) => findAllReferencesInAst(input, child, localVariables))
	                .flat();
	    }
	}
	references.findAllReferencesInAst = findAllReferencesInAst;
	
	return references;
}

var util = {};

var hasRequiredUtil;

function requireUtil () {
	if (hasRequiredUtil) return util;
	hasRequiredUtil = 1;
	/**
	 * Copyright (c) HashiCorp, Inc.
	 * SPDX-License-Identifier: MPL-2.0
	 */
	Object.defineProperty(util, "__esModule", { value: true });
	util.wrapTerraformExpression = util.replaceQuotes = void 0;
	/**
	 * This function is used to escape quotes within a string.
	 *  Note: This is a really naive implmentation that will not be able to work with
	 *    nested templates. However, nested templates require parsing, so we will
	 *    only handle strings without nested templates for the moment
	 * @param input The string to escape
	 */
	function replaceQuotes(input) {
	    const fullyQuotedMatch = /^(\s*")(.*)("\s*)$/.exec(input);
	    const hasTemplate = /(?<!\$)\$\{/.test(input);
	    if (fullyQuotedMatch !== null && !hasTemplate) {
	        return `${fullyQuotedMatch[1]}${fullyQuotedMatch[2].replace(/"/g, `\\"`)}${fullyQuotedMatch[3]}`;
	    }
	    return input;
	}
	util.replaceQuotes = replaceQuotes;
	/**
	 * This function is used to wrap a string in quotes conditionally.
	 *  - If the string is already quoted, it will be returned as-is.
	 *  - If the string contains a newline, it will be wrapped in a heredoc.
	 *  - If the string is a number, it will be returned as-is.
	 *  - If the string is a boolean, it will be returned as-is.
	 *  - If the string is a list or map, it will be returned as-is.
	 *
	 * @param input The string to wrap
	 * @returns The wrapped string, and the offset of the cursor within the string
	 *
	 * @example
	 * wrapTerraformExpression("foo") // { wrap: '"foo"', wrapOffset: 1 }
	 * wrapTerraformExpression("foo\nbar") // { wrap: '<<EOE\nfoo\nbar\nEOE\n', wrapOffset: 5 }
	 * wrapTerraformExpression("22") // { wrap: '22', wrapOffset: 0 }
	 * wrapTerraformExpression("true") // { wrap: 'true', wrapOffset: 0 }
	 * wrapTerraformExpression("[22, 10]") // { wrap: '[22, 10]', wrapOffset: 0 }
	 * wrapTerraformExpression("{ foo = 22 }") // { wrap: '{ foo = 22 }', wrapOffset: 0 }
	 */
	function wrapTerraformExpression(input) {
	    input = replaceQuotes(input);
	    if (!isNaN(Number(input))) {
	        return { wrap: input, wrapOffset: 0 };
	    }
	    if (input === "true" || input === "false") {
	        return { wrap: input, wrapOffset: 0 };
	    }
	    if (input.startsWith(`"`)) {
	        if (input.indexOf("\n") >= 0) {
	            const trimWrapped = input.substring(1, input.length - 1);
	            return {
	                wrap: `<<EOE\n${trimWrapped}\nEOE\n`,
	                wrapOffset: 5,
	            };
	        }
	        return { wrap: input, wrapOffset: 0 };
	    }
	    if (input.startsWith("[") || input.startsWith("{")) {
	        return { wrap: input, wrapOffset: 0 };
	    }
	    if (input.startsWith("<<")) {
	        // For Heredocs, we need to ensure that the string ends with an empty newline as
	        // the HCL parser doesn't find the ending token otherwise
	        if (!input.endsWith("\n")) {
	            return { wrap: input + "\n", wrapOffset: 0 };
	        }
	        return { wrap: input, wrapOffset: 0 };
	    }
	    return { wrap: `"${input}"`, wrapOffset: 1 };
	}
	util.wrapTerraformExpression = wrapTerraformExpression;
	
	return util;
}

var bridge_wasm_exec = {};

var wasm_exec = {};

var hasRequiredWasm_exec;

function requireWasm_exec () {
	if (hasRequiredWasm_exec) return wasm_exec;
	hasRequiredWasm_exec = 1;

	(() => {
		const enosys = () => {
			const err = new Error("not implemented");
			err.code = "ENOSYS";
			return err;
		};

		if (!globalThis.fs) {
			let outputBuf = "";
			globalThis.fs = {
				constants: { O_WRONLY: -1, O_RDWR: -1, O_CREAT: -1, O_TRUNC: -1, O_APPEND: -1, O_EXCL: -1 }, // unused
				writeSync(fd, buf) {
					outputBuf += decoder.decode(buf);
					const nl = outputBuf.lastIndexOf("\n");
					if (nl != -1) {
						console.log(outputBuf.substr(0, nl));
						outputBuf = outputBuf.substr(nl + 1);
					}
					return buf.length;
				},
				write(fd, buf, offset, length, position, callback) {
					if (offset !== 0 || length !== buf.length || position !== null) {
						callback(enosys());
						return;
					}
					const n = this.writeSync(fd, buf);
					callback(null, n);
				},
				chmod(path, mode, callback) { callback(enosys()); },
				chown(path, uid, gid, callback) { callback(enosys()); },
				close(fd, callback) { callback(enosys()); },
				fchmod(fd, mode, callback) { callback(enosys()); },
				fchown(fd, uid, gid, callback) { callback(enosys()); },
				fstat(fd, callback) { callback(enosys()); },
				fsync(fd, callback) { callback(null); },
				ftruncate(fd, length, callback) { callback(enosys()); },
				lchown(path, uid, gid, callback) { callback(enosys()); },
				link(path, link, callback) { callback(enosys()); },
				lstat(path, callback) { callback(enosys()); },
				mkdir(path, perm, callback) { callback(enosys()); },
				open(path, flags, mode, callback) { callback(enosys()); },
				read(fd, buffer, offset, length, position, callback) { callback(enosys()); },
				readdir(path, callback) { callback(enosys()); },
				readlink(path, callback) { callback(enosys()); },
				rename(from, to, callback) { callback(enosys()); },
				rmdir(path, callback) { callback(enosys()); },
				stat(path, callback) { callback(enosys()); },
				symlink(path, link, callback) { callback(enosys()); },
				truncate(path, length, callback) { callback(enosys()); },
				unlink(path, callback) { callback(enosys()); },
				utimes(path, atime, mtime, callback) { callback(enosys()); },
			};
		}

		if (!globalThis.process) {
			globalThis.process = {
				getuid() { return -1; },
				getgid() { return -1; },
				geteuid() { return -1; },
				getegid() { return -1; },
				getgroups() { throw enosys(); },
				pid: -1,
				ppid: -1,
				umask() { throw enosys(); },
				cwd() { throw enosys(); },
				chdir() { throw enosys(); },
			};
		}

		if (!globalThis.crypto) {
			throw new Error("globalThis.crypto is not available, polyfill required (crypto.getRandomValues only)");
		}

		if (!globalThis.performance) {
			throw new Error("globalThis.performance is not available, polyfill required (performance.now only)");
		}

		if (!globalThis.TextEncoder) {
			throw new Error("globalThis.TextEncoder is not available, polyfill required");
		}

		if (!globalThis.TextDecoder) {
			throw new Error("globalThis.TextDecoder is not available, polyfill required");
		}

		const encoder = new TextEncoder("utf-8");
		const decoder = new TextDecoder("utf-8");

		globalThis.Go = class {
			constructor() {
				this.argv = ["js"];
				this.env = {};
				this.exit = (code) => {
					if (code !== 0) {
						console.warn("exit code:", code);
					}
				};
				this._exitPromise = new Promise((resolve) => {
					this._resolveExitPromise = resolve;
				});
				this._pendingEvent = null;
				this._scheduledTimeouts = new Map();
				this._nextCallbackTimeoutID = 1;

				const setInt64 = (addr, v) => {
					this.mem.setUint32(addr + 0, v, true);
					this.mem.setUint32(addr + 4, Math.floor(v / 4294967296), true);
				};

				const getInt64 = (addr) => {
					const low = this.mem.getUint32(addr + 0, true);
					const high = this.mem.getInt32(addr + 4, true);
					return low + high * 4294967296;
				};

				const loadValue = (addr) => {
					const f = this.mem.getFloat64(addr, true);
					if (f === 0) {
						return undefined;
					}
					if (!isNaN(f)) {
						return f;
					}

					const id = this.mem.getUint32(addr, true);
					return this._values[id];
				};

				const storeValue = (addr, v) => {
					const nanHead = 0x7FF80000;

					if (typeof v === "number" && v !== 0) {
						if (isNaN(v)) {
							this.mem.setUint32(addr + 4, nanHead, true);
							this.mem.setUint32(addr, 0, true);
							return;
						}
						this.mem.setFloat64(addr, v, true);
						return;
					}

					if (v === undefined) {
						this.mem.setFloat64(addr, 0, true);
						return;
					}

					let id = this._ids.get(v);
					if (id === undefined) {
						id = this._idPool.pop();
						if (id === undefined) {
							id = this._values.length;
						}
						this._values[id] = v;
						this._goRefCounts[id] = 0;
						this._ids.set(v, id);
					}
					this._goRefCounts[id]++;
					let typeFlag = 0;
					switch (typeof v) {
						case "object":
							if (v !== null) {
								typeFlag = 1;
							}
							break;
						case "string":
							typeFlag = 2;
							break;
						case "symbol":
							typeFlag = 3;
							break;
						case "function":
							typeFlag = 4;
							break;
					}
					this.mem.setUint32(addr + 4, nanHead | typeFlag, true);
					this.mem.setUint32(addr, id, true);
				};

				const loadSlice = (addr) => {
					const array = getInt64(addr + 0);
					const len = getInt64(addr + 8);
					return new Uint8Array(this._inst.exports.mem.buffer, array, len);
				};

				const loadSliceOfValues = (addr) => {
					const array = getInt64(addr + 0);
					const len = getInt64(addr + 8);
					const a = new Array(len);
					for (let i = 0; i < len; i++) {
						a[i] = loadValue(array + i * 8);
					}
					return a;
				};

				const loadString = (addr) => {
					const saddr = getInt64(addr + 0);
					const len = getInt64(addr + 8);
					return decoder.decode(new DataView(this._inst.exports.mem.buffer, saddr, len));
				};

				const timeOrigin = Date.now() - performance.now();
				this.importObject = {
					go: {
						// Go's SP does not change as long as no Go code is running. Some operations (e.g. calls, getters and setters)
						// may synchronously trigger a Go event handler. This makes Go code get executed in the middle of the imported
						// function. A goroutine can switch to a new stack if the current stack is too small (see morestack function).
						// This changes the SP, thus we have to update the SP used by the imported function.

						// func wasmExit(code int32)
						"runtime.wasmExit": (sp) => {
							sp >>>= 0;
							const code = this.mem.getInt32(sp + 8, true);
							this.exited = true;
							delete this._inst;
							delete this._values;
							delete this._goRefCounts;
							delete this._ids;
							delete this._idPool;
							this.exit(code);
						},

						// func wasmWrite(fd uintptr, p unsafe.Pointer, n int32)
						"runtime.wasmWrite": (sp) => {
							sp >>>= 0;
							const fd = getInt64(sp + 8);
							const p = getInt64(sp + 16);
							const n = this.mem.getInt32(sp + 24, true);
							fs.writeSync(fd, new Uint8Array(this._inst.exports.mem.buffer, p, n));
						},

						// func resetMemoryDataView()
						"runtime.resetMemoryDataView": (sp) => {
							this.mem = new DataView(this._inst.exports.mem.buffer);
						},

						// func nanotime1() int64
						"runtime.nanotime1": (sp) => {
							sp >>>= 0;
							setInt64(sp + 8, (timeOrigin + performance.now()) * 1000000);
						},

						// func walltime() (sec int64, nsec int32)
						"runtime.walltime": (sp) => {
							sp >>>= 0;
							const msec = (new Date).getTime();
							setInt64(sp + 8, msec / 1000);
							this.mem.setInt32(sp + 16, (msec % 1000) * 1000000, true);
						},

						// func scheduleTimeoutEvent(delay int64) int32
						"runtime.scheduleTimeoutEvent": (sp) => {
							sp >>>= 0;
							const id = this._nextCallbackTimeoutID;
							this._nextCallbackTimeoutID++;
							this._scheduledTimeouts.set(id, setTimeout(
								() => {
									this._resume();
									while (this._scheduledTimeouts.has(id)) {
										// for some reason Go failed to register the timeout event, log and try again
										// (temporary workaround for https://github.com/golang/go/issues/28975)
										console.warn("scheduleTimeoutEvent: missed timeout event");
										this._resume();
									}
								},
								getInt64(sp + 8) + 1, // setTimeout has been seen to fire up to 1 millisecond early
							));
							this.mem.setInt32(sp + 16, id, true);
						},

						// func clearTimeoutEvent(id int32)
						"runtime.clearTimeoutEvent": (sp) => {
							sp >>>= 0;
							const id = this.mem.getInt32(sp + 8, true);
							clearTimeout(this._scheduledTimeouts.get(id));
							this._scheduledTimeouts.delete(id);
						},

						// func getRandomData(r []byte)
						"runtime.getRandomData": (sp) => {
							sp >>>= 0;
							crypto.getRandomValues(loadSlice(sp + 8));
						},

						// func finalizeRef(v ref)
						"syscall/js.finalizeRef": (sp) => {
							sp >>>= 0;
							const id = this.mem.getUint32(sp + 8, true);
							this._goRefCounts[id]--;
							if (this._goRefCounts[id] === 0) {
								const v = this._values[id];
								this._values[id] = null;
								this._ids.delete(v);
								this._idPool.push(id);
							}
						},

						// func stringVal(value string) ref
						"syscall/js.stringVal": (sp) => {
							sp >>>= 0;
							storeValue(sp + 24, loadString(sp + 8));
						},

						// func valueGet(v ref, p string) ref
						"syscall/js.valueGet": (sp) => {
							sp >>>= 0;
							const result = Reflect.get(loadValue(sp + 8), loadString(sp + 16));
							sp = this._inst.exports.getsp() >>> 0; // see comment above
							storeValue(sp + 32, result);
						},

						// func valueSet(v ref, p string, x ref)
						"syscall/js.valueSet": (sp) => {
							sp >>>= 0;
							Reflect.set(loadValue(sp + 8), loadString(sp + 16), loadValue(sp + 32));
						},

						// func valueDelete(v ref, p string)
						"syscall/js.valueDelete": (sp) => {
							sp >>>= 0;
							Reflect.deleteProperty(loadValue(sp + 8), loadString(sp + 16));
						},

						// func valueIndex(v ref, i int) ref
						"syscall/js.valueIndex": (sp) => {
							sp >>>= 0;
							storeValue(sp + 24, Reflect.get(loadValue(sp + 8), getInt64(sp + 16)));
						},

						// valueSetIndex(v ref, i int, x ref)
						"syscall/js.valueSetIndex": (sp) => {
							sp >>>= 0;
							Reflect.set(loadValue(sp + 8), getInt64(sp + 16), loadValue(sp + 24));
						},

						// func valueCall(v ref, m string, args []ref) (ref, bool)
						"syscall/js.valueCall": (sp) => {
							sp >>>= 0;
							try {
								const v = loadValue(sp + 8);
								const m = Reflect.get(v, loadString(sp + 16));
								const args = loadSliceOfValues(sp + 32);
								const result = Reflect.apply(m, v, args);
								sp = this._inst.exports.getsp() >>> 0; // see comment above
								storeValue(sp + 56, result);
								this.mem.setUint8(sp + 64, 1);
							} catch (err) {
								sp = this._inst.exports.getsp() >>> 0; // see comment above
								storeValue(sp + 56, err);
								this.mem.setUint8(sp + 64, 0);
							}
						},

						// func valueInvoke(v ref, args []ref) (ref, bool)
						"syscall/js.valueInvoke": (sp) => {
							sp >>>= 0;
							try {
								const v = loadValue(sp + 8);
								const args = loadSliceOfValues(sp + 16);
								const result = Reflect.apply(v, undefined, args);
								sp = this._inst.exports.getsp() >>> 0; // see comment above
								storeValue(sp + 40, result);
								this.mem.setUint8(sp + 48, 1);
							} catch (err) {
								sp = this._inst.exports.getsp() >>> 0; // see comment above
								storeValue(sp + 40, err);
								this.mem.setUint8(sp + 48, 0);
							}
						},

						// func valueNew(v ref, args []ref) (ref, bool)
						"syscall/js.valueNew": (sp) => {
							sp >>>= 0;
							try {
								const v = loadValue(sp + 8);
								const args = loadSliceOfValues(sp + 16);
								const result = Reflect.construct(v, args);
								sp = this._inst.exports.getsp() >>> 0; // see comment above
								storeValue(sp + 40, result);
								this.mem.setUint8(sp + 48, 1);
							} catch (err) {
								sp = this._inst.exports.getsp() >>> 0; // see comment above
								storeValue(sp + 40, err);
								this.mem.setUint8(sp + 48, 0);
							}
						},

						// func valueLength(v ref) int
						"syscall/js.valueLength": (sp) => {
							sp >>>= 0;
							setInt64(sp + 16, parseInt(loadValue(sp + 8).length));
						},

						// valuePrepareString(v ref) (ref, int)
						"syscall/js.valuePrepareString": (sp) => {
							sp >>>= 0;
							const str = encoder.encode(String(loadValue(sp + 8)));
							storeValue(sp + 16, str);
							setInt64(sp + 24, str.length);
						},

						// valueLoadString(v ref, b []byte)
						"syscall/js.valueLoadString": (sp) => {
							sp >>>= 0;
							const str = loadValue(sp + 8);
							loadSlice(sp + 16).set(str);
						},

						// func valueInstanceOf(v ref, t ref) bool
						"syscall/js.valueInstanceOf": (sp) => {
							sp >>>= 0;
							this.mem.setUint8(sp + 24, (loadValue(sp + 8) instanceof loadValue(sp + 16)) ? 1 : 0);
						},

						// func copyBytesToGo(dst []byte, src ref) (int, bool)
						"syscall/js.copyBytesToGo": (sp) => {
							sp >>>= 0;
							const dst = loadSlice(sp + 8);
							const src = loadValue(sp + 32);
							if (!(src instanceof Uint8Array || src instanceof Uint8ClampedArray)) {
								this.mem.setUint8(sp + 48, 0);
								return;
							}
							const toCopy = src.subarray(0, dst.length);
							dst.set(toCopy);
							setInt64(sp + 40, toCopy.length);
							this.mem.setUint8(sp + 48, 1);
						},

						// func copyBytesToJS(dst ref, src []byte) (int, bool)
						"syscall/js.copyBytesToJS": (sp) => {
							sp >>>= 0;
							const dst = loadValue(sp + 8);
							const src = loadSlice(sp + 16);
							if (!(dst instanceof Uint8Array || dst instanceof Uint8ClampedArray)) {
								this.mem.setUint8(sp + 48, 0);
								return;
							}
							const toCopy = src.subarray(0, dst.length);
							dst.set(toCopy);
							setInt64(sp + 40, toCopy.length);
							this.mem.setUint8(sp + 48, 1);
						},

						"debug": (value) => {
							console.log(value);
						},
					}
				};
			}

			async run(instance) {
				if (!(instance instanceof WebAssembly.Instance)) {
					throw new Error("Go.run: WebAssembly.Instance expected");
				}
				this._inst = instance;
				this.mem = new DataView(this._inst.exports.mem.buffer);
				this._values = [ // JS values that Go currently has references to, indexed by reference id
					NaN,
					0,
					null,
					true,
					false,
					globalThis,
					this,
				];
				this._goRefCounts = new Array(this._values.length).fill(Infinity); // number of references that Go has to a JS value, indexed by reference id
				this._ids = new Map([ // mapping from JS values to reference ids
					[0, 1],
					[null, 2],
					[true, 3],
					[false, 4],
					[globalThis, 5],
					[this, 6],
				]);
				this._idPool = [];   // unused ids that have been garbage collected
				this.exited = false; // whether the Go program has exited

				// Pass command line arguments and environment variables to WebAssembly by writing them to the linear memory.
				let offset = 4096;

				const strPtr = (str) => {
					const ptr = offset;
					const bytes = encoder.encode(str + "\0");
					new Uint8Array(this.mem.buffer, offset, bytes.length).set(bytes);
					offset += bytes.length;
					if (offset % 8 !== 0) {
						offset += 8 - (offset % 8);
					}
					return ptr;
				};

				const argc = this.argv.length;

				const argvPtrs = [];
				this.argv.forEach((arg) => {
					argvPtrs.push(strPtr(arg));
				});
				argvPtrs.push(0);

				const keys = Object.keys(this.env).sort();
				keys.forEach((key) => {
					argvPtrs.push(strPtr(`${key}=${this.env[key]}`));
				});
				argvPtrs.push(0);

				const argv = offset;
				argvPtrs.forEach((ptr) => {
					this.mem.setUint32(offset, ptr, true);
					this.mem.setUint32(offset + 4, 0, true);
					offset += 8;
				});

				// The linker guarantees global data starts from at least wasmMinDataAddr.
				// Keep in sync with cmd/link/internal/ld/data.go:wasmMinDataAddr.
				const wasmMinDataAddr = 4096 + 8192;
				if (offset >= wasmMinDataAddr) {
					throw new Error("total length of command line and environment variables exceeds limit");
				}

				this._inst.exports.run(argc, argv);
				if (this.exited) {
					this._resolveExitPromise();
				}
				await this._exitPromise;
			}

			_resume() {
				if (this.exited) {
					throw new Error("Go program has already exited");
				}
				this._inst.exports.resume();
				if (this.exited) {
					this._resolveExitPromise();
				}
			}

			_makeFuncWrapper(id) {
				const go = this;
				return function () {
					const event = { id: id, this: this, args: arguments };
					go._pendingEvent = event;
					go._resume();
					return event.result;
				};
			}
		};
	})();
	return wasm_exec;
}

var hasRequiredBridge_wasm_exec;

function requireBridge_wasm_exec () {
	if (hasRequiredBridge_wasm_exec) return bridge_wasm_exec;
	hasRequiredBridge_wasm_exec = 1;

	globalThis.require = require;
	globalThis.fs = fs__default;
	globalThis.TextEncoder = require$$2__default.TextEncoder;
	globalThis.TextDecoder = require$$2__default.TextDecoder;

	globalThis.performance ??= require$$2.performance;

	// Node >= 19 has a crypto function object, lower node versions need this polyfill
	if (!globalThis.crypto) {
		const crypto = crypto__default;
		globalThis.crypto = {
			getRandomValues(b) {
				return crypto.randomFillSync(b);
			},
		};
	}

	requireWasm_exec();
	return bridge_wasm_exec;
}

var hasRequiredBridge;

function requireBridge () {
	if (hasRequiredBridge) return bridge;
	hasRequiredBridge = 1;
	// Copyright (c) HashiCorp, Inc
	// SPDX-License-Identifier: MPL-2.0
	// eslint-disable-next-line @typescript-eslint/triple-slash-reference
	/// <reference lib="dom" />
	var __createBinding = (bridge && bridge.__createBinding) || (Object.create ? (function(o, m, k, k2) {
	    if (k2 === undefined) k2 = k;
	    var desc = Object.getOwnPropertyDescriptor(m, k);
	    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
	      desc = { enumerable: true, get: function() { return m[k]; } };
	    }
	    Object.defineProperty(o, k2, desc);
	}) : (function(o, m, k, k2) {
	    if (k2 === undefined) k2 = k;
	    o[k2] = m[k];
	}));
	var __setModuleDefault = (bridge && bridge.__setModuleDefault) || (Object.create ? (function(o, v) {
	    Object.defineProperty(o, "default", { enumerable: true, value: v });
	}) : function(o, v) {
	    o["default"] = v;
	});
	var __importStar = (bridge && bridge.__importStar) || function (mod) {
	    if (mod && mod.__esModule) return mod;
	    var result = {};
	    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
	    __setModuleDefault(result, mod);
	    return result;
	};
	Object.defineProperty(bridge, "__esModule", { value: true });
	bridge.getExpressionAst = bridge.getReferencesInExpression = bridge.convertFiles = bridge.parse = void 0;
	// Inspired by
	// https://github.com/ts-terraform/ts-terraform
	// https://github.com/aaronpowell/webpack-golang-wasm-async-loader
	const fs = __importStar(/*@__PURE__*/ requireLib$1());
	const path_1 = path__default;
	const deepmerge_1 = requireDeepmerge();
	const zlib_1 = require$$0$1;
	const references_1 = requireReferences();
	const util_1 = requireUtil();
	// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
	const jsRoot = {};
	function sleep() {
	    return new Promise((resolve) => {
	        setTimeout(resolve, 0);
	    });
	}
	function goBridge(getBytes) {
	    let ready = false;
	    async function init() {
	        // After: https://github.com/golang/go/commit/680caf15355057ca84857a2a291b6f5c44e73329
	        // Go 1.19+ has a different entrypoint
	        await Promise.resolve().then(() => __importStar(requireBridge_wasm_exec()));
	        const go = new commonjsGlobal.Go();
	        const bytes = await getBytes;
	        const result = await WebAssembly.instantiate(bytes, go.importObject);
	        commonjsGlobal.__parse_terraform_config_wasm__ = jsRoot;
	        void go.run(result.instance);
	        ready = true;
	    }
	    init().catch((error) => {
	        throw error;
	    });
	    const proxy = new Proxy({}, {
	        get: (_, key) => {
	            return async (...args) => {
	                while (!ready) {
	                    await sleep();
	                }
	                if (!(key in jsRoot)) {
	                    throw new Error(`There is nothing defined with the name "${key.toString()}"`);
	                }
	                if (typeof jsRoot[key] !== "function") {
	                    return jsRoot[key];
	                }
	                return new Promise((resolve, reject) => {
	                    const cb = (err, ...msg) => 
	                    // eslint-disable-next-line @typescript-eslint/ban-ts-comment
	                    // @ts-ignore
	                    err ? reject(new Error(err)) : resolve(...msg);
	                    const run = () => {
	                        jsRoot[key].apply(undefined, [...args, cb]);
	                    };
	                    run();
	                });
	            };
	        },
	    });
	    return proxy;
	}
	const loadWasm = async () => {
	    return (0, zlib_1.gunzipSync)(await fs.readFile((0, path_1.join)(globalThis.__inframateDistDir, "hcl2json", "main.wasm.gz")));
	};
	const wasm = goBridge(loadWasm());
	async function parse(filename, contents) {
	    const res = await wasm.parse(filename, contents);
	    return JSON.parse(res);
	}
	bridge.parse = parse;
	async function convertFiles(workingDirectory) {
	    let tfFileContents = "";
	    const tfJSONFileContents = [];
	    for (const file of fs.readdirSync(workingDirectory)) {
	        const filePath = (0, path_1.resolve)(workingDirectory, file);
	        if (!fs.lstatSync(filePath).isDirectory()) {
	            if (file.match(/\.tf$/)) {
	                tfFileContents += fs.readFileSync(filePath, "utf-8");
	                tfFileContents += "\n";
	            }
	            else if (file.match(/\.tf\.json$/)) {
	                tfJSONFileContents.push(JSON.parse(fs.readFileSync(filePath, "utf-8")));
	            }
	        }
	    }
	    if (tfFileContents === "" && tfJSONFileContents.length === 0) {
	        console.error(`No '.tf' or '.tf.json' files found in ${workingDirectory}`);
	        return {};
	    }
	    return (0, deepmerge_1.deepMerge)(await parse("hcl2json.tf", tfFileContents), ...tfJSONFileContents);
	}
	bridge.convertFiles = convertFiles;
	/**
	 * Parse a Terraform expression and return the AST. This function expects a string input, and will wrap the expression in quotes if it is not already quoted.
	 * @param filename The filename to use for the expression. This is used for error reporting.
	 * @param expression The expression to parse.
	 * @returns An array of References found in the expression.
	 */
	async function getReferencesInExpression(filename, expression) {
	    // We have to do this twice because of the problem with HEREDOCS
	    // Our current hcl2json implementation removes HEREDOCS and replaces them
	    // with a multi-line string, which is causing all kinds of problems
	    let offset = 0;
	    let quoteWrappedExpression = expression;
	    if (!expression.startsWith('"')) {
	        quoteWrappedExpression = `"${expression}"`;
	        offset = 1;
	    }
	    const { wrap: wrappedExpression, wrapOffset: startOffset } = (0, util_1.wrapTerraformExpression)(`${quoteWrappedExpression}`);
	    offset += startOffset;
	    const ast = await getExpressionAst(filename, wrappedExpression);
	    if (!ast) {
	        return [];
	    }
	    const refs = (0, references_1.findAllReferencesInAst)(expression, ast);
	    if (wrappedExpression === expression) {
	        return refs;
	    }
	    return refs.map((ref) => {
	        return {
	            ...ref,
	            startPosition: ref.startPosition - offset,
	            endPosition: ref.endPosition - offset,
	        };
	    });
	}
	bridge.getReferencesInExpression = getReferencesInExpression;
	/**
	 * Parse a Terraform expression and return the AST. The expression does not need to be a Terraform string.
	 * @param filename The filename to use for the expression. This is used for error reporting.
	 * @param expression The expression to parse.
	 * @returns The AST for the expression.
	 *
	 *   The returned AST has the following structure:
	 *   - type: The type of the node. This is a string.
	 *   - range: This contains the start and end of the node in the expression.
	 *   - children: This contains the children of the node. This is an array of nodes.
	 *   - meta: This contains metadata about the node. This is an object, and varies depending on the type of the node.
	 */
	async function getExpressionAst(filename, expression) {
	    const res = await wasm.getExpressionAst(filename, expression);
	    const ast = JSON.parse(res);
	    if (!ast) {
	        return null;
	    }
	    return ast;
	}
	bridge.getExpressionAst = getExpressionAst;
	
	return bridge;
}

var hasRequiredLib;

function requireLib () {
	if (hasRequiredLib) return lib$1;
	hasRequiredLib = 1;
	(function (exports) {
		// Copyright (c) HashiCorp, Inc
		// SPDX-License-Identifier: MPL-2.0
		var __createBinding = (lib$1 && lib$1.__createBinding) || (Object.create ? (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    var desc = Object.getOwnPropertyDescriptor(m, k);
		    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
		      desc = { enumerable: true, get: function() { return m[k]; } };
		    }
		    Object.defineProperty(o, k2, desc);
		}) : (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    o[k2] = m[k];
		}));
		var __setModuleDefault = (lib$1 && lib$1.__setModuleDefault) || (Object.create ? (function(o, v) {
		    Object.defineProperty(o, "default", { enumerable: true, value: v });
		}) : function(o, v) {
		    o["default"] = v;
		});
		var __importStar = (lib$1 && lib$1.__importStar) || function (mod) {
		    if (mod && mod.__esModule) return mod;
		    var result = {};
		    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
		    __setModuleDefault(result, mod);
		    return result;
		};
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.TFExpressionSyntaxTree = exports.wrapTerraformExpression = exports.getExpressionAst = exports.getReferencesInExpression = exports.convertFiles = exports.parse = void 0;
		var bridge_1 = requireBridge();
		Object.defineProperty(exports, "parse", { enumerable: true, get: function () { return bridge_1.parse; } });
		Object.defineProperty(exports, "convertFiles", { enumerable: true, get: function () { return bridge_1.convertFiles; } });
		Object.defineProperty(exports, "getReferencesInExpression", { enumerable: true, get: function () { return bridge_1.getReferencesInExpression; } });
		Object.defineProperty(exports, "getExpressionAst", { enumerable: true, get: function () { return bridge_1.getExpressionAst; } });
		var util_1 = requireUtil();
		Object.defineProperty(exports, "wrapTerraformExpression", { enumerable: true, get: function () { return util_1.wrapTerraformExpression; } });
		exports.TFExpressionSyntaxTree = __importStar(requireSyntaxTree());
		
	} (lib$1));
	return lib$1;
}

var libExports = requireLib();
var index = /*@__PURE__*/getDefaultExportFromCjs(libExports);

var index$1 = /*#__PURE__*/_mergeNamespaces({
  __proto__: null,
  default: index
}, [libExports]);

export { index$1 as i };
