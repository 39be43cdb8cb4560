// Stand-in for office-addin-manifest under jest: office-addin-mock only needs the OfficeApp
// enumeration from it, and the real package does not load in jest's module system.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
