import "./sync-page-Byt1zs_2.js";
