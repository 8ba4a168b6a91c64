export const id = 4765;
export const ids = [4765];
export const modules = {

/***/ 84765:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });

var createLZMA = (() => {
  var _scriptDir = import.meta.url;
  
  return (
function(moduleArg = {}) {

var b=moduleArg,h,u;b.ready=new Promise((a,c)=>{h=a;u=c});var w=Object.assign({},b),x="object"==typeof window,y="function"==typeof importScripts,z="",A;if(x||y)y?z=self.location.href:"undefined"!=typeof document&&document.currentScript&&(z=document.currentScript.src),_scriptDir&&(z=_scriptDir),0!==z.indexOf("blob:")?z=z.substr(0,z.replace(/[?#].*/,"").lastIndexOf("/")+1):z="",y&&(A=a=>{var c=new XMLHttpRequest;c.open("GET",a,!1);c.responseType="arraybuffer";c.send(null);return new Uint8Array(c.response)});
var B=b.printErr||console.error.bind(console);Object.assign(b,w);w=null;var C;b.wasmBinary&&(C=b.wasmBinary);"object"!=typeof WebAssembly&&D("no native wasm support detected");var E,F=!1,G,I,J,K,L,M,N,O;
function P(){var a=E.buffer;b.HEAP8=G=new Int8Array(a);b.HEAP16=J=new Int16Array(a);b.HEAPU8=I=new Uint8Array(a);b.HEAPU16=new Uint16Array(a);b.HEAP32=K=new Int32Array(a);b.HEAPU32=L=new Uint32Array(a);b.HEAPF32=M=new Float32Array(a);b.HEAPF64=O=new Float64Array(a);b.HEAP64=N=new BigInt64Array(a);b.HEAPU64=new BigUint64Array(a)}var Q=[],R=[],aa=[];function ba(){var a=b.preRun.shift();Q.unshift(a)}var S=0,T=null,U=null;
function D(a){b.onAbort?.(a);a="Aborted("+a+")";B(a);F=!0;a=new WebAssembly.RuntimeError(a+". Build with -sASSERTIONS for more info.");u(a);throw a;}var ca=a=>a.startsWith("data:application/octet-stream;base64,"),V;if(b.locateFile){if(V="liblzma.wasm",!ca(V)){var da=V;V=b.locateFile?b.locateFile(da,z):z+da}}else V=__webpack_require__.ab + "liblzma.wasm";function ea(a){if(a==V&&C)return new Uint8Array(C);if(A)return A(a);throw"both async and sync fetching of the wasm failed";}
function fa(a){return C||!x&&!y||"function"!=typeof fetch?Promise.resolve().then(()=>ea(a)):fetch(a,{credentials:"same-origin"}).then(c=>{if(!c.ok)throw"failed to load wasm binary file at '"+a+"'";return c.arrayBuffer()}).catch(()=>ea(a))}function ha(a,c,d){return fa(a).then(e=>WebAssembly.instantiate(e,c)).then(e=>e).then(d,e=>{B(`failed to asynchronously prepare wasm: ${e}`);D(e)})}
function ia(a,c){var d=__webpack_require__.ab + "liblzma.wasm";return C||"function"!=typeof WebAssembly.instantiateStreaming||ca(d)||"function"!=typeof fetch?ha(d,a,c):fetch(d,{credentials:"same-origin"}).then(e=>WebAssembly.instantiateStreaming(e,a).then(c,function(p){B(`wasm streaming compile failed: ${p}`);B("falling back to ArrayBuffer instantiation");return ha(d,a,c)}))}
var W=a=>{for(;0<a.length;)a.shift()(b)},ja="undefined"!=typeof TextDecoder?new TextDecoder("utf8"):void 0,ma=(a,c,d,e)=>{var p={string:f=>{var m=0;if(null!==f&&void 0!==f&&0!==f){for(var g=m=0;g<f.length;++g){var l=f.charCodeAt(g);127>=l?m++:2047>=l?m+=2:55296<=l&&57343>=l?(m+=4,++g):m+=3}var k=m+1;g=m=X(k);l=I;if(0<k){k=g+k-1;for(var v=0;v<f.length;++v){var n=f.charCodeAt(v);if(55296<=n&&57343>=n){var oa=f.charCodeAt(++v);n=65536+((n&1023)<<10)|oa&1023}if(127>=n){if(g>=k)break;l[g++]=n}else{if(2047>=
n){if(g+1>=k)break;l[g++]=192|n>>6}else{if(65535>=n){if(g+2>=k)break;l[g++]=224|n>>12}else{if(g+3>=k)break;l[g++]=240|n>>18;l[g++]=128|n>>12&63}l[g++]=128|n>>6&63}l[g++]=128|n&63}}l[g]=0}}return m},array:f=>{var m=X(f.length);G.set(f,m);return m}};a=b["_"+a];var q=[],t=0;if(e)for(var r=0;r<e.length;r++){var H=p[d[r]];H?(0===t&&(t=ka()),q[r]=H(e[r])):q[r]=e[r]}d=a.apply(null,q);return d=function(f){0!==t&&la(t);if("string"===c)if(f){for(var m=I,g=f+NaN,l=f;m[l]&&!(l>=g);)++l;if(16<l-f&&m.buffer&&ja)f=
ja.decode(m.subarray(f,l));else{for(g="";f<l;){var k=m[f++];if(k&128){var v=m[f++]&63;if(192==(k&224))g+=String.fromCharCode((k&31)<<6|v);else{var n=m[f++]&63;k=224==(k&240)?(k&15)<<12|v<<6|n:(k&7)<<18|v<<12|n<<6|m[f++]&63;65536>k?g+=String.fromCharCode(k):(k-=65536,g+=String.fromCharCode(55296|k>>10,56320|k&1023))}}else g+=String.fromCharCode(k)}f=g}}else f="";else f="boolean"===c?!!f:f;return f}(d)},na={a:a=>{var c=I.length;a>>>=0;if(268435456<a)return!1;for(var d=1;4>=d;d*=2){var e=c*(1+.2/d);
e=Math.min(e,a+100663296);var p=Math;e=Math.max(a,e);a:{p=(p.min.call(p,268435456,e+(65536-e%65536)%65536)-E.buffer.byteLength+65535)/65536;try{E.grow(p);P();var q=1;break a}catch(t){}q=void 0}if(q)return!0}return!1}},Y=function(){function a(d){Y=d.exports;E=Y.b;P();R.unshift(Y.c);S--;b.monitorRunDependencies?.(S);0==S&&(null!==T&&(clearInterval(T),T=null),U&&(d=U,U=null,d()));return Y}var c={a:na};S++;b.monitorRunDependencies?.(S);if(b.instantiateWasm)try{return b.instantiateWasm(c,a)}catch(d){B(`Module.instantiateWasm callback failed with error: ${d}`),
u(d)}ia(c,function(d){a(d.instance)}).catch(u);return{}}();b._lzma_check_is_supported=a=>(b._lzma_check_is_supported=Y.d)(a);b._lzma_version_string=()=>(b._lzma_version_string=Y.e)();b._lzma_code=(a,c)=>(b._lzma_code=Y.f)(a,c);b._lzma_end=a=>(b._lzma_end=Y.g)(a);b._lzma_memusage=a=>(b._lzma_memusage=Y.h)(a);b._lzma_memlimit_set=(a,c)=>(b._lzma_memlimit_set=Y.i)(a,c);b._lzma_index_end=(a,c)=>(b._lzma_index_end=Y.j)(a,c);b._lzma_index_uncompressed_size=a=>(b._lzma_index_uncompressed_size=Y.k)(a);
b._lzma_easy_buffer_encode=(a,c,d,e,p,q,t,r)=>(b._lzma_easy_buffer_encode=Y.l)(a,c,d,e,p,q,t,r);b._lzma_easy_encoder=(a,c,d)=>(b._lzma_easy_encoder=Y.m)(a,c,d);b._lzma_stream_buffer_encode=(a,c,d,e,p,q,t,r)=>(b._lzma_stream_buffer_encode=Y.n)(a,c,d,e,p,q,t,r);b._lzma_auto_decoder=(a,c,d)=>(b._lzma_auto_decoder=Y.o)(a,c,d);b._lzma_index_decoder=(a,c,d)=>(b._lzma_index_decoder=Y.p)(a,c,d);b._lzma_stream_buffer_decode=(a,c,d,e,p,q,t,r,H)=>(b._lzma_stream_buffer_decode=Y.q)(a,c,d,e,p,q,t,r,H);
b._lzma_stream_decoder=(a,c,d)=>(b._lzma_stream_decoder=Y.r)(a,c,d);b._malloc=a=>(b._malloc=Y.s)(a);b._free=a=>(b._free=Y.t)(a);var ka=()=>(ka=Y.u)(),la=a=>(la=Y.v)(a),X=a=>(X=Y.w)(a);b.ccall=ma;b.cwrap=(a,c,d,e)=>{var p=!d||d.every(q=>"number"===q||"boolean"===q);return"string"!==c&&p&&!e?b["_"+a]:function(){return ma(a,c,d,arguments,e)}};
b.setValue=function(a,c,d="i8"){d.endsWith("*")&&(d="*");switch(d){case "i1":G[a>>0]=c;break;case "i8":G[a>>0]=c;break;case "i16":J[a>>1]=c;break;case "i32":K[a>>2]=c;break;case "i64":N[a>>3]=BigInt(c);break;case "float":M[a>>2]=c;break;case "double":O[a>>3]=c;break;case "*":L[a>>2]=c;break;default:D(`invalid type for setValue: ${d}`)}};
b.getValue=function(a,c="i8"){c.endsWith("*")&&(c="*");switch(c){case "i1":return G[a>>0];case "i8":return G[a>>0];case "i16":return J[a>>1];case "i32":return K[a>>2];case "i64":return N[a>>3];case "float":return M[a>>2];case "double":return O[a>>3];case "*":return L[a>>2];default:D(`invalid type for getValue: ${c}`)}};var Z;U=function pa(){Z||qa();Z||(U=pa)};
function qa(){function a(){if(!Z&&(Z=!0,b.calledRun=!0,!F)){W(R);h(b);if(b.onRuntimeInitialized)b.onRuntimeInitialized();if(b.postRun)for("function"==typeof b.postRun&&(b.postRun=[b.postRun]);b.postRun.length;){var c=b.postRun.shift();aa.unshift(c)}W(aa)}}if(!(0<S)){if(b.preRun)for("function"==typeof b.preRun&&(b.preRun=[b.preRun]);b.preRun.length;)ba();W(Q);0<S||(b.setStatus?(b.setStatus("Running..."),setTimeout(function(){setTimeout(function(){b.setStatus("")},1);a()},1)):a())}}
if(b.preInit)for("function"==typeof b.preInit&&(b.preInit=[b.preInit]);0<b.preInit.length;)b.preInit.pop()();qa();


  return moduleArg.ready
}
);
})();
;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (createLZMA);

/***/ })

};
