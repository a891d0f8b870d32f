export {};
//# sourceMappingURL=read-result.js.map